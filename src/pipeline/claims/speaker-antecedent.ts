import type { Actor } from '../../model/actor.ts';
import type { Claim } from '../../model/claim.ts';

/** The last speaker named outright, for a pronoun speaker after it ("…, the ministry said. It added…"). */
export interface NamedSpeaker {
  readonly actorId?: string;
  readonly kind: Claim['sourceKind'];
  readonly isPerson: boolean;
  readonly sentence: number;
}

const PRONOUN = /^(?:he|she|it|they|we|i)$/i;
const PERSON_TITLE = /\b(?:minister|president|premier|spokes(?:man|woman|person)|secretary|governor|mayor|ambassador|envoy|general|commander|leader|chairman|chairwoman|director|executive|chief|mr|mrs|ms|dr)\b/i;

/** Whether a named speaker is a person a later "he"/"she" can stand for: a person actor, or a titled official. */
export function isPersonSpeaker(speaker: string, actor: Actor | undefined, kind: Claim['sourceKind']): boolean {
  if (actor) return actor.kind === 'person';
  return kind === 'person' || (kind === 'official' && PERSON_TITLE.test(speaker) && !/\b(?:ministry|office|department|government)\b/i.test(speaker));
}

/**
 * Who a pronoun speaker stands for: "he"/"she" the last person named as a speaker, "it" the last institution, within
 * the three sentences before. "They", "we" and "I" are left alone: too often someone else.
 */
export function antecedentOf(speaker: string, last: NamedSpeaker | undefined, sentence: number): NamedSpeaker | undefined {
  if (!last || sentence - last.sentence > 3) return undefined;
  const pronoun = speaker.toLowerCase();
  if (pronoun === 'he' || pronoun === 'she') return last.isPerson ? last : undefined;
  if (pronoun === 'it') return last.isPerson ? undefined : last;
  return undefined;
}

/** Whether a speaker is a bare personal pronoun ("he", "it"), which names no one by itself. */
export function isPronounSpeaker(speaker: string): boolean {
  return PRONOUN.test(speaker);
}
