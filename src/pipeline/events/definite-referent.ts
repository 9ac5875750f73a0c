import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention, DiscourseContext } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

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
