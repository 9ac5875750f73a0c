import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

const POSSESSIVES = new Set(["'s", '’s']);
const NO_STATE = /^(?:IGO|NGO|IMG|NGM|---)$/;

/**
 * "Sudan expelled two aid workers, and the country's interior minister accused them…": "the country's" and a title
 * later in a sentence is the office of the country the sentence opened with, not of the last country named.
 */
export function titlesOfTheCountry(tokens: readonly Token[], mentions: readonly ActorMention[], agents: readonly ActorDictionaryMatch[]): { mentions: ActorMention[]; used: Set<ActorDictionaryMatch> } {
  const found: ActorMention[] = [];
  const used = new Set<ActorDictionaryMatch>();
  for (const agent of agents) {
    if (!agent.code) continue;
    let mark = agent.firstToken - 1;
    // "the country's top diplomat": adjectives between the possessive and the title.
    while (tokens[mark]?.pos === 'ADJ' && mark > agent.firstToken - 3) mark--;
    if (!POSSESSIVES.has(tokens[mark]?.text ?? '') || tokens[mark - 1]?.lemma !== 'country' || tokens[mark - 2]?.lemma !== 'the') continue;
    const opening = mentions.find((mention) => mention.last < mark - 2 && !mention.isCountryless && /^[A-Z]{3}$/.test(mention.code?.slice(0, 3) ?? '') && !NO_STATE.test(mention.code?.slice(0, 3) ?? ''));
    const country = opening?.code?.slice(0, 3);
    if (!country) continue;
    used.add(agent);
    found.push(actorMention({ first: mark - 2, last: agent.lastToken, code: `${country}${agent.code}`, country, name: `the country's ${agent.name}` }));
  }
  return { mentions: found, used };
}
