import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { FORCE_ROOTS } from './stance-code.ts';

const JOINT_WORDS = new Set(['joint', 'jointly', 'combined', 'together']);

/**
 * "Malian and Nigerien troops launched a joint offensive against the jihadists", "Kenyan and Somali forces jointly
 * raided the camps": the forces of two states fighting side by side cooperate militarily (062), each with the other,
 * besides the blow they strike together. Only a blow the sentence codes for each of them, from one trigger, with
 * "joint" or "together" in its own words counts; two armies merely named in one sentence do not.
 */
export function jointOperation(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const blows = events.filter((event) => FORCE_ROOTS.has(sentenceEventCode(event).slice(0, 2)) && event.modality === 'happened');
  for (const blow of blows) {
    const together = blows.filter((other) => other.trigger === blow.trigger);
    const sides = new Map<string, ActorMention>();
    // Two states' police raiding together cooperate as police, not militarily (062 is military cooperation).
    for (const other of together) if (other.source?.code && !other.source.code.startsWith('-') && !other.source.code.endsWith('COP')) sides.set(other.source.code.slice(0, 3), other.source);
    // "Chadian and Sudanese troops clashed": sides that strike each other are no allies.
    const isMutual = together.some((other) => together.some((side) => side.source?.code === other.target?.code));
    if (sides.size < 2 || isMutual || !hasJointWord(tokens, blow)) continue;
    const pattern = builtinPatternOf(patterns, 'fight', '062');
    if (!pattern) return [];
    const allies = [...sides.values()];
    return allies.flatMap((ally) => allies.filter((other) => other !== ally).map((other) => ({ pattern, rule: '062:joint-operation', trigger: blow.trigger, lastWord: blow.lastWord, source: ally, target: other, modality: 'happened', isPassive: false }) as const));
  }
  return [];
}

/** "jointly raided", "launched joint strikes", "carried out a combined operation": the word within the blow's own words. */
function hasJointWord(tokens: readonly Token[], blow: SentenceEvent): boolean {
  for (let index = blow.trigger - 1; index <= blow.lastWord; index++) if (JOINT_WORDS.has(tokens[index]?.lemma ?? '')) return true;
  return false;
}
