/** `anaphoraMentions`: actors a sentence names only by reference ("these troops", "the region", "they"), resolved from the sentence and the ones before. */

import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import { REPORTING, reportedSpeakerPronouns } from './reported-speaker-pronouns.ts';
import { coordinatedPronouns } from './coordinated-pronoun.ts';
import { lonePersonPronouns } from './lone-person-pronoun.ts';
import { participleObjectPronouns } from './participle-object-pronouns.ts';
import { definiteReferent, sentenceReferents } from './definite-referent.ts';
import { placeNounReferents } from './place-noun-referents.ts';
import { actorMention } from './actor-mention.ts';
import { hasPlaceMention } from './has-place-mention.ts';
import { isStateCountry, roleOf } from './agent-roles.ts';
import type { ActorMention, DiscourseContext } from './find-actor-mentions.ts';

const DEMONSTRATIVES = new Set(['these', 'those', 'the', 'such']);
const PERSON_SUBJECTS = new Set(['he', 'she']);
// Not "it": in news "it" is mostly a company, a currency or a film, which are no actors, so the last actor named is wrong.
const GROUP_SUBJECTS = new Set(['they']);

/** "these troops" → the last earlier actor with that role; "the region" → the last place; "He", "They" → the salient person or group. */
export function anaphoraMentions(
  doc: AnalyzedDocument,
  sentence: Sentence,
  agents: readonly ActorDictionaryMatch[],
  covered: (index: number) => boolean,
  context: DiscourseContext,
  resolvedBefore: readonly ActorMention[],
  places: readonly ActorMention[],
): ActorMention[] {
  const mentions = demonstrativeReferents(doc, sentence, agents, covered, context, resolvedBefore);
  mentions.push(...placeNounReferents(doc, sentence, { named: resolvedBefore, places, covered, isPlacedAfter: (last) => isPlacedAfter(doc, last) }, context));
  const named = definiteReferent(doc, sentence, context, covered);
  if (named) mentions.push(named);
  mentions.push(...sentenceReferents(doc, sentence, resolvedBefore, covered));
  const lemma = doc.tokens[sentence.firstToken]?.lemma.toLowerCase() ?? '';
  const referent = PERSON_SUBJECTS.has(lemma) ? context.salientPerson : GROUP_SUBJECTS.has(lemma) ? context.salientGroup : undefined;
  if (referent) mentions.push(actorMention({ ...referent, first: sentence.firstToken, last: sentence.firstToken }));
  // "The group said it had fired…": a speaker found above can be what a later pronoun stands for.
  const resolved = mentions.length === 0 ? resolvedBefore : [...resolvedBefore, ...mentions].sort((a, b) => a.first - b.first);
  const pronouns = [...reportedSpeakerPronouns(doc, sentence, covered, resolved), ...participleObjectPronouns(doc, sentence, covered, resolved), ...coordinatedPronouns(doc, sentence, covered, resolved)];
  // Last: a pronoun another rule read (a speaker's, a list's) is theirs.
  const isTaken = (index: number): boolean => covered(index) || pronouns.some((mention) => mention.first === index);
  return [...mentions, ...pronouns, ...lonePersonPronouns(doc, sentence, isTaken, resolved)];
}

/**
 * "these troops" → an earlier actor of the sentence with that role, else of an earlier sentence. A loop of its own: code
 * V8 compiled on the spot in it once held the rest of `anaphoraMentions` with the first sentence's feedback and bailed
 * out after the loop at later calls.
 */
function demonstrativeReferents(
  doc: AnalyzedDocument,
  sentence: Sentence,
  agents: readonly ActorDictionaryMatch[],
  covered: (index: number) => boolean,
  context: DiscourseContext,
  resolvedBefore: readonly ActorMention[],
): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const agent of agents) {
    if (covered(agent.firstToken) || !DEMONSTRATIVES.has(doc.tokens[agent.firstToken - 1]?.lemma ?? '')) continue;
    // "The Colombian government and the rebels": joined to a named actor, the group is that actor's counterpart, not an earlier one.
    if (doc.tokens[agent.firstToken - 2]?.lemma === 'and' && resolvedBefore.some((mention) => mention.last === agent.firstToken - 3 && mention.code !== undefined)) continue;
    // "the parliament building in Lima": a place right after says whose it is better than the last actor does.
    if (isPlacedAfter(doc, agent.lastToken)) continue;
    // "the troops of President Goita": an owner named right after says whose they are better than the last actor does.
    if (isOwnedAfter(doc, agent.lastToken, resolvedBefore)) continue;
    // "Yemeni Houthi rebels … two days after the rebels killed a guard": an earlier actor of the sentence with that role first.
    // Not a speaker ("…, the military said"): the source of a report is left to the claims, as before.
    const isSpeaker = REPORTING.has(doc.tokens[agent.lastToken + 1]?.lemma ?? '');
    const inSentence = isSpeaker ? undefined : resolvedBefore.findLast((mention) => mention.last < agent.firstToken - 1 && isCountryRole(mention.code, agent.code));
    // "Protesters marched through Nairobi, accusing the police": a town named before in the sentence says whose they are.
    const isPlacedBefore = isPlaceBetween(doc, sentence.firstToken, agent.firstToken);
    const antecedent = inSentence ?? (isPlacedBefore ? undefined : antecedentFor(agent.code ?? '', context));
    if (antecedent) mentions.push(actorMention({ first: agent.firstToken - 1, last: agent.lastToken, code: antecedent.code, name: antecedent.name, ...(antecedent.actorId ? { actorId: antecedent.actorId } : {}) }));
  }
  return mentions;
}

/** A place the places stage found between two tokens. */
function isPlaceBetween(doc: AnalyzedDocument, from: number, to: number): boolean {
  const start = doc.tokens[from]?.span.start ?? 0;
  const end = doc.tokens[to]?.span.start ?? 0;
  return hasPlaceMention(doc, (span) => span.start >= start && span.end <= end);
}

/** Nouns, then "in" or "at" and a known place: "the police in Nairobi", "the parliament building in Lima". */
function isPlacedAfter(doc: AnalyzedDocument, last: number): boolean {
  let index = last + 1;
  while (index <= last + 2 && doc.tokens[index]?.pos === 'NOUN') index++;
  const at = doc.tokens[index]?.lemma;
  const start = doc.tokens[doc.tokens[index + 1]?.lemma === 'the' ? index + 2 : index + 1]?.span.start;
  return (at === 'in' || at === 'at') && hasPlaceMention(doc, (span) => span.start === start);
}

/** "the troops of President Goita", "the militias of Chad": "of" and, past an article or a title, a coded actor right after the agent noun. */
function isOwnedAfter(doc: AnalyzedDocument, last: number, mentions: readonly ActorMention[]): boolean {
  if (doc.tokens[last + 1]?.lemma !== 'of') return false;
  const first = doc.tokens[last + 2]?.lemma === 'the' ? last + 3 : last + 2;
  // "of Interim President Goita": up to two capitalised title words may stand before the name the actors stage found.
  const isTitled = (mention: ActorMention): boolean => mention.first > first && mention.first <= first + 2 && doc.tokens.slice(first, mention.first).every((token) => /^\p{Lu}/u.test(token.text));
  return mentions.some((mention) => (mention.first === first || isTitled(mention)) && mention.code !== undefined);
}

/** Whether a code is a country's actor in this role: "YEMREB" for "REB" (not `---REB`, an IGO or a bare country). */
function isCountryRole(code: string | undefined, agentCode: string | undefined): boolean {
  return code !== undefined && agentCode !== undefined && code.length === 6 && roleOf(code) === agentCode && isStateCountry(code.slice(0, 3));
}

/** The country of the latest event's source with this role, else the latest earlier actor with the role. */
function antecedentFor(agentCode: string, context: DiscourseContext): ActorMention | undefined {
  const country = context.lastEventSource?.code?.slice(0, 3);
  // "The Security Council condemned… The government…": a body of states has no government of its own to stand for.
  if (isStateCountry(country)) {
    const code = country + agentCode;
    return context.previous.findLast((mention) => mention.code === code) ?? actorMention({ first: 0, last: 0, code, name: code });
  }
  return context.previous.findLast((mention) => mention.code?.slice(3, 6) === agentCode);
}
