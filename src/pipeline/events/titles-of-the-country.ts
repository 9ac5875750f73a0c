import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { isStateCountry } from './agent-roles.ts';

/** "flew to Chile", "arrived in Chile": a place someone went to or is in is where "the country" of the next clause is. */
const INTO_PLACE = new Set(['in', 'to', 'into']);

/**
 * "Chile closed its embassy, and the country's defence minister said…": "the country's" and a title later in a
 * sentence is the office of a country named before it. The nearest country reached with in/to/into is taken ("the
 * envoy flew to Chile and met the country's president"); failing that, the one country named before; with two or more
 * and none of them reached, whose country it is stays open.
 */
export function titlesOfTheCountry(tokens: readonly Token[], mentions: readonly ActorMention[], agents: readonly ActorDictionaryMatch[]): { mentions: ActorMention[]; used: Set<ActorDictionaryMatch> } {
  const found: ActorMention[] = [];
  const used = new Set<ActorDictionaryMatch>();
  for (const agent of agents) {
    if (!agent.code) continue;
    let mark = agent.firstToken - 1;
    // "the country's top diplomat": adjectives between the possessive and the title.
    while (tokens[mark]?.pos === 'ADJ' && mark > agent.firstToken - 3) mark--;
    if (!POSSESSIVE_MARKS.has(tokens[mark]?.text ?? '') || tokens[mark - 1]?.lemma !== 'country' || tokens[mark - 2]?.lemma !== 'the') continue;
    const country = countryBefore(tokens, mentions, mark - 2);
    if (!country) continue;
    used.add(agent);
    found.push(actorMention({ first: mark - 2, last: agent.lastToken, code: `${country}${agent.code}`, country, name: `the country's ${agent.name}` }));
  }
  return { mentions: found, used };
}

/** The country "the country" at `the` stands for, or undefined when the sentence leaves it open. */
function countryBefore(tokens: readonly Token[], mentions: readonly ActorMention[], the: number): string | undefined {
  const before = mentions.filter((mention) => mention.last < the && !mention.isCountryless && isStateCountry(mention.code?.slice(0, 3)));
  const reached = before.findLast((mention) => INTO_PLACE.has(tokens[mention.first - 1]?.lemma ?? ''));
  if (reached) return reached.code?.slice(0, 3);
  const countries = new Set(before.map((mention) => mention.code?.slice(0, 3)));
  return countries.size === 1 ? [...countries][0] : undefined;
}
