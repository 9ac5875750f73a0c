import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Token } from '../../model/token.ts';
import { actorMention } from './actor-mention.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { isGluingHyphen } from './hyphen-glue.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

/** "these troops", "such groups" stand for actors named before ("the" is read by articleBefore below). */
const DEMONSTRATIVES = new Set(['these', 'those', 'such']);

/**
 * Where the article opening an agent's noun phrase is (adjectives or nouns between, "a Catholic priest"): "a gunman", "a suicide bomber" bring in
 * someone new; "the president", "the foreign ministry" with no earlier actor to stand for are unnamed too.
 */
function articleBefore(tokens: readonly Token[], first: number): number | undefined {
  // "a well-known lawyer", "a 30-year-old driver": a word joined to the next by a hyphen is part of one modifier.
  const isJoinedOn = (index: number): boolean => isGluingHyphen(tokens, index + 1);
  let modifiers = 0;
  for (let index = first - 1; index >= 0 && modifiers <= 2; index--) {
    const token = tokens[index];
    if (token?.lemma === 'a' || token?.lemma === 'an' || token?.lemma === 'the') return index;
    if (token?.text === '-' && isJoinedOn(index - 1)) continue;
    if (isJoinedOn(index) && (token?.pos === 'NUM' || token?.pos === 'NOUN' || token?.pos === 'ADJ' || token?.pos === 'ADV')) continue;
    const endsHyphenedWord = tokens[index - 1]?.text === '-' && isJoinedOn(index - 2);
    if (token?.pos !== 'ADJ' && token?.pos !== 'NOUN' && token?.pos !== 'PROPN' && !endsHyphenedWord) return undefined;
    modifiers++;
  }
  return undefined;
}

/**
 * "rebel positions", "opposition supporters": the group's places and people, when an agent noun only modifies them. A
 * building of a force ("a police station", "the army barracks") stands for the people in it, as coders code a blow on it.
 */
export const HELD_BY: ReadonlySet<string> = new Set([
  'position', 'target', 'hideout', 'base', 'camp', 'stronghold', 'checkpoint', 'post', 'supporter', 'member', 'fighter', 'leader', 'commander',
  'positions', 'targets', 'hideouts', 'bases', 'camps', 'strongholds', 'supporters', 'members', 'fighters', 'leaders', 'commanders',
  'station', 'stations', 'headquarters', 'barracks', 'academy',
]);

const PERSON_NOUNS = new Set(['man', 'woman', 'women', 'teenager', 'children', 'youths']);
const PLURALS_WITHOUT_S = new Set(['people', 'personnel', 'clergy']);
/** Bodies named in the singular that stand for many people ("the government", "the army"). */
export const COLLECTIVE_SINGULARS: ReadonlySet<string> = new Set(['government', 'police', 'army', 'military', 'navy', 'opposition', 'junta', 'regime', 'administration', 'parliament', 'cabinet', 'coalition', 'media', 'militia']);

/**
 * Agent nouns left without a country ("Insurgents attacked…", "clashed with rebels"): coded `---` + role as PETRARCH
 * does. Not when touching another mention ("President Michel Suleiman") or standing for an earlier actor ("these troops").
 */
export function countrylessAgents(doc: AnalyzedDocument, free: readonly ActorDictionaryMatch[], resolved: readonly ActorMention[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const agent of free) {
    if (!agent.code || resolved.some((mention) => mention.first <= agent.lastToken + 1 && agent.firstToken - 1 <= mention.last)) continue;
    if (DEMONSTRATIVES.has(doc.tokens[agent.firstToken - 1]?.lemma ?? '')) continue;
    // "a women's shelter", "the children's ward": a person noun as a possessive modifier names a kind of thing, not people.
    if (PERSON_NOUNS.has(agent.name.toLowerCase()) && POSSESSIVE_MARKS.has(doc.tokens[agent.lastToken + 1]?.text ?? '')) continue;
    // "the government", "rebels", "police", "a gunman" are the groups PETRARCH codes `---`.
    const head = doc.tokens[agent.lastToken];
    const isPlural = head !== undefined && (head.text.toLowerCase() !== head.lemma || /([^s]s|men)$/i.test(head.text) || PLURALS_WITHOUT_S.has(head.lemma));
    const next = doc.tokens[agent.lastToken + 1];
    const articleAt = articleBefore(doc.tokens, agent.firstToken);
    const article = articleAt === undefined ? undefined : doc.tokens[articleAt]?.lemma;
    const isGroup = isPlural || article === 'a' || article === 'an' || COLLECTIVE_SINGULARS.has(head?.lemma ?? '') || HELD_BY.has(next?.lemma ?? '') || HELD_BY.has(next?.text.toLowerCase() ?? '');
    // "The president said…" with no earlier actor to stand for (anaphora above took those): PETRARCH's `---GOV`; after a
    // preposition ("the release of the president") the title more likely belongs to a country named before.
    if (!isGroup && (article !== 'the' || doc.tokens[(articleAt ?? 0) - 1]?.pos === 'ADP')) continue;
    // "an international court sitting in Freetown", "an international arbitration tribunal": a court of no one state is an
    // international body (CAMEO IGO), never the country of its seat.
    if (agent.code === 'JUD' && isInternational(doc.tokens, agent.firstToken, articleAt)) {
      mentions.push(actorMention({ first: agent.firstToken, last: agent.lastToken, code: 'IGOJUD', name: agent.name }));
      continue;
    }
    const previous = mentions[mentions.length - 1];
    // "government forces", "rebel fighters": the first noun says whose they are.
    if (previous?.last === agent.firstToken - 1) mentions[mentions.length - 1] = actorMention({ ...previous, last: agent.lastToken, name: `${previous.name} ${agent.name}` });
    else mentions.push(actorMention({ first: agent.firstToken, last: agent.lastToken, code: `---${agent.code}`, name: agent.name, isCountryless: true }));
  }
  return mentions;
}

/** "international" among the modifiers between the article and the agent noun. */
function isInternational(tokens: readonly Token[], first: number, articleAt: number | undefined): boolean {
  for (let index = first - 1; index >= Math.max(articleAt ?? 0, first - 3); index--) if (tokens[index]?.lemma === 'international') return true;
  return false;
}
