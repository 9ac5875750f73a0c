import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isStateCountry } from './agent-roles.ts';

const ARTICLES = new Set(['the', 'a', 'an']);
/** How many title words may stand between the article and "of" ("the deputy finance director of"). */
const TITLE_REACH = 4;

/**
 * "Ana Ruiz, the finance director of Mexican builder Cemsa, was detained": a person no knowledge places, described
 * in an appositive as holding a post in a body of a named country, is of that country (with the body's role when it has
 * one), not of the state that acts on them or of the place the act happened in.
 */
export function withCountriesOfAppositives(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  return mentions.map((mention) => {
    if (mention.isPerson !== true || mention.code !== undefined || tokens[mention.last + 1]?.text !== ',' || !ARTICLES.has(tokens[mention.last + 2]?.lemma ?? '')) return mention;
    let index = mention.last + 3;
    while (index <= mention.last + 2 + TITLE_REACH && (tokens[index]?.pos === 'NOUN' || tokens[index]?.pos === 'ADJ')) index++;
    if (index === mention.last + 3 || tokens[index]?.lemma !== 'of') return mention;
    const body = mentions.find((other) => other.first === index + 1 && other.code !== undefined && isStateCountry(other.code.slice(0, 3)));
    const country = body?.code?.slice(0, 3);
    if (!body?.code || !country) return mention;
    return actorMention({ ...mention, code: body.code.length === 6 ? body.code : country, country });
  });
}
