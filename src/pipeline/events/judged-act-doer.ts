/** Whom a naming judgement on "it" or on a noun summing up the act just told is aimed at: whoever did that act. */

import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { MOVE_NOUNS } from './judged-move.ts';
import { isRelativeWord } from './relative-clause.ts';
import { sharesCodedMember } from './named-act-owner.ts';

// Nouns that sum up an act just told, besides the moves: what happened, and the deeds a judge most often names.
const ACT_NOUNS = new Set([...MOVE_NOUNS, 'incident', 'attack', 'strike', 'raid', 'killing', 'shooting', 'downing', 'seizure', 'arrest']);
const SUMMING_WORDS = new Set(['the', 'this', 'that']);

/**
 * "Vellmark shelled the harbour, and Ostria called it a war crime", "…, and the ministry called the move reckless": "call"
 * naming something after another actor's coded act judges that act, so it is aimed at that act's doer. Undefined when the
 * thing named is not "it" or such a noun ("called the result a fraud"), or when the act was the judge's own.
 */
export function judgedActDoer(tokens: readonly Token[], lastWord: number, subject: ActorGroup | undefined, doer: ActorGroup | undefined): ActorGroup | undefined {
  if (!doer || !subject || doer === subject || doer.last >= lastWord || !doer.members.some((member) => member.code !== undefined)) return undefined;
  // "bombed a house where rebel envoys were meeting, and Ostria called it…": a relative clause's doer is not the act judged.
  if (isRelativeWord(tokens[doer.first - 1]) || tokens[doer.first - 1]?.lemma === 'where' || tokens[doer.first - 1]?.lemma === 'who') return undefined;
  if (sharesCodedMember(subject, doer)) return undefined;
  const next = tokens[lastWord + 1];
  if (next?.lemma === 'it' || next?.lemma === 'this') return doer;
  if (!SUMMING_WORDS.has(next?.lemma ?? '')) return undefined;
  let noun = lastWord + 2;
  while (tokens[noun]?.pos === 'ADJ') noun++;
  return ACT_NOUNS.has(tokens[noun]?.lemma ?? '') && tokens[noun + 1]?.pos !== 'NOUN' && tokens[noun + 1]?.lemma !== 'of' ? doer : undefined;
}
