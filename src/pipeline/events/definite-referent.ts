import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence, Token } from '../../model/token.ts';
import type { ActorMention, DiscourseContext } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';

// What "the group", "the alliance" or "the kingdom" opening a sentence stands for: the salient group, when it is of that kind.
const ARMED_OR_POLITICAL = /^(?:REB|INS|OPP|PTY|SEP|UAF|RAD|MIL)/;
const DEFINITE_REFERENTS: ReadonlyMap<string, (code: string) => boolean> = new Map([
  ...['group', 'movement', 'militia', 'faction'].map((noun) => [noun, (code: string) => code.length > 3 && ARMED_OR_POLITICAL.test(code.slice(3))] as const),
  ...['alliance', 'bloc'].map((noun) => [noun, (code: string) => code.startsWith('IGO')] as const),
  ...['country', 'kingdom', 'republic', 'emirate'].map((noun) => [noun, (code: string) => code.length === 3 && !/^(?:IGO|NGO|IMG|NGM|---)$/.test(code)] as const),
]);

/**
 * "Hezbollah fired… The group said it…", "Saudi Arabia cut ties… The kingdom also expelled…": a sentence opening with
 * one of these nouns as its subject (not "the country's debt") names the salient group of the sentences before.
 */
export function definiteReferent(doc: AnalyzedDocument, sentence: Sentence, context: DiscourseContext, covered: (index: number) => boolean): ActorMention | undefined {
  const group = context.salientGroup;
  const index = sentence.firstToken + 1;
  const noun = doc.tokens[index];
  const fits = noun ? DEFINITE_REFERENTS.get(noun.lemma.toLowerCase()) : undefined;
  if (!group?.code || !fits || doc.tokens[sentence.firstToken]?.lemma.toLowerCase() !== 'the' || covered(index)) return undefined;
  const next = doc.tokens[index + 1];
  if (next?.pos === 'PART' || next?.pos === 'NOUN' || next?.pos === 'PROPN' || !fits(group.code)) return undefined;
  return actorMention({ ...group, first: sentence.firstToken, last: index, name: `the ${noun?.text ?? ''}` });
}

const IN_SENTENCE_NOUNS = new Set(['alliance', 'bloc', 'group', 'movement']);
const IN_SENTENCE_WORDS = sentenceWords(IN_SENTENCE_NOUNS);
const CHARGING = new Set(['accuse', 'blame', 'suspect', 'charge', 'convict', 'clear']);

// "the rebel group", "the guerrilla movement": nouns that say what kind of group it is, as an adjective would, and so
// which actors it can stand for ("the ANC criticised the militia group that…" is no party).
const ARMED_ROLES = ['REB', 'INS', 'SEP', 'UAF', 'RAD'];
const rolesPattern = (roles: readonly string[]): RegExp => new RegExp(`^(?:${roles.join('|')})`);
const ARMED = rolesPattern(ARMED_ROLES);
const KIND_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ...['rebel', 'guerrilla', 'militant', 'insurgent', 'jihadist', 'separatist', 'militia'].map((noun) => [noun, ARMED] as const),
  ['paramilitary', rolesPattern([...ARMED_ROLES, 'MIL'])],
  ['opposition', /^(?:OPP|PTY)/],
]);

/** The kind a noun before the group noun gives it, if it is one of those nouns. */
function kindOf(token: Token | undefined): RegExp | undefined {
  return token?.pos === 'NOUN' ? KIND_NOUNS.get(token.lemma.toLowerCase()) : undefined;
}

/**
 * "announced their departure from SADC, accusing the bloc of…": "the (regional) bloc" or "the group" later in
 * the sentence that named it is that actor, the last one of that kind named before.
 */
export function sentenceReferents(doc: AnalyzedDocument, sentence: Sentence, resolved: readonly ActorMention[], covered: (index: number) => boolean): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(doc.tokens, sentence, IN_SENTENCE_WORDS)) return mentions;
  for (let index = sentence.firstToken + 2; index <= sentence.lastToken; index++) {
    const noun = doc.tokens[index];
    if (!noun || !IN_SENTENCE_NOUNS.has(noun.lemma.toLowerCase()) || covered(index)) continue;
    const kind = kindOf(doc.tokens[index - 1]);
    const the = doc.tokens[index - 1]?.pos === 'ADJ' || kind ? index - 2 : index - 1;
    const next = doc.tokens[index + 1];
    // "the armed group's ambush", "accused the movement of arson": its acts and its charges are its own, not "the group of experts".
    const isOwner = POSSESSIVE_MARKS.has(next?.text ?? '') && noun.lemma.toLowerCase() !== 'bloc';
    const isCharged = next?.lemma === 'of' && CHARGING.has(doc.tokens[the - 1]?.lemma ?? '');
    if (doc.tokens[the]?.lemma !== 'the' || (next?.pos === 'PART' && !isOwner) || next?.pos === 'NOUN' || next?.pos === 'PROPN' || (next?.lemma === 'of' && doc.tokens[index + 2]?.pos !== 'VERB' && !isCharged)) continue;
    const fits = DEFINITE_REFERENTS.get(noun.lemma.toLowerCase());
    // "the navy shelled the movement's camps": a state's forces are never "the group" or "the movement" whose acts or charges these are.
    const isNonState = (code: string): boolean => !(isOwner || isCharged) || noun.lemma.toLowerCase() === 'alliance' || !code.endsWith('MIL');
    const isOfKind = (code: string): boolean => !kind || kind.test(code.slice(3));
    const referent = resolved.findLast((mention) => mention.last < the && mention.code !== undefined && fits?.(mention.code) === true && isNonState(mention.code) && isOfKind(mention.code));
    if (referent) mentions.push(actorMention({ ...referent, first: the, last: index, name: `the ${noun.text}` }));
  }
  return mentions;
}
