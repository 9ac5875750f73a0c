import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { isDoneVerb } from './find-modality.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const HANDING = new Set(['hand', 'send', 'transfer', 'extradite', 'fly']);
const HANDING_WORDS = sentenceWords(HANDING);
// The people handed over are wanted by the receiving side: "suspected smugglers", "alleged gang leaders", "wanted men".
const SUSPECT_MARKS = new Set(['suspected', 'alleged', 'wanted', 'accused']);
// "transferred four alleged leaders of a trafficking network from the north to Thai police": the object may be long.
const OBJECT_REACH = 14;
const TARGET_GAP = 3;

/**
 * CAMEO 063 is judicial cooperation: a state handing suspects over to another ("Laos handed over three suspected
 * traffickers to Thai police", "Guatemala sent 12 alleged gang leaders to the United States") extradites them in all but
 * name. The "to" phrase of a long object is out of the hand-over row's reach, and an actor inside the object ("leaders
 * of a Karen armed faction") would be taken for the receiver; this reads past it to the receiving state.
 */
function suspectHandover(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('063'))) return [];
  for (let index = sentence.firstToken + 1; index < sentence.lastToken; index++) {
    if (!isDoneVerb(tokens, index, HANDING)) continue;
    const to = receiverPreposition(tokens, index, sentence.lastToken);
    if (to === undefined) continue;
    const giver = groupBefore(tokens, groups, index, sentence.firstToken)?.members[0];
    const receiver = groupAfter(tokens, groups, to, TARGET_GAP, true)?.members[0];
    const pattern = builtinPatternOf(patterns, 'extradite', '063');
    const country = giver?.code?.slice(0, 3);
    if (!giver || !receiver?.code || !country || country.startsWith('-') || receiver.code.startsWith(country) || !pattern) continue;
    return [{ pattern, rule: '063:suspect-handover', trigger: index, lastWord: to, source: giver, target: receiver, modality: 'happened', isPassive: false }];
  }
  return [];
}

/**
 * The "to" after an object that names suspects, in the verb's clause; undefined when the object names none. The mark
 * must come before the object's first noun, so it is the people sent who are suspected: "sent a letter about the alleged
 * abuse to" and "handed over files on alleged war crimes to" send things.
 */
function receiverPreposition(tokens: readonly Token[], verb: number, last: number): number | undefined {
  let isSuspects = false;
  let hasNoun = false;
  for (let index = verb + 1; index <= Math.min(last, verb + OBJECT_REACH); index++) {
    const token = tokens[index] as Token;
    if (SUSPECT_MARKS.has(token.text.toLowerCase())) isSuspects ||= !hasNoun;
    else if (token.pos === 'NOUN') hasNoun = true;
    else if (token.lemma === 'to' && tokens[index + 1]?.pos !== 'VERB') return isSuspects ? index : undefined;
    else if (token.pos === 'PUNCT' || (token.pos === 'VERB' && index > verb + 1)) return undefined;
  }
  return undefined;
}

/** `suspectHandover`, called only on a sentence with its anchor words. */
export const suspectHandoverRule: ImpliedRuleEntry = { imply: suspectHandover, needsEvents: false, anchors: [HANDING_WORDS] };
