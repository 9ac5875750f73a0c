import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';

const PROTEST_WORDS = new Set(['protest', 'protester', 'demonstration', 'demonstrator', 'uprising', 'rally', 'march']);
const RULERS = new Set(['GOV', 'ELI']);

/**
 * "Peru's president resigned after weeks of street protests", "…, and the prime minister agreed to step down as
 * protesters rallied": a ruler leaving office in a sentence about protests yields to the protesters' demand for a change
 * of leadership (CAMEO 0831), from the ruler to the country's people. Resigning for one's health, with no protest named,
 * is no such yield.
 */
export function resignationToProtest(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => (event.code ?? event.pattern.code).startsWith('083'))) return [];
  if (!hasProtestWord(tokens, sentence)) return [];
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    const verb = leavingVerb(tokens, index);
    if (verb === undefined) continue;
    const ruler = groupBefore(tokens, groups, verb, sentence.firstToken)?.members[0];
    const country = ruler?.code?.slice(0, 3);
    const pattern = builtinPatternOf(patterns, 'hand', '0831');
    if (!ruler || !country || !/^[A-Z]{3}$/.test(country) || country === 'IGO' || !RULERS.has(ruler.code?.slice(3, 6) ?? '') || !pattern) continue;
    const people = actorMention({ first: ruler.first, last: ruler.last, code: `${country}CVL`, name: country, country });
    return [{ pattern, code: '0831', rule: '0831:resignation-to-protest', trigger: index, lastWord: index, source: ruler, target: people, modality: 'happened', isPassive: false }];
  }
  return [];
}

/**
 * The verb whose subject leaves office, or lets the cabinet go: "resigned", "stepped down", "agreed to step down",
 * "accepted the cabinet's resignation"; "marched to demand that the president resign" and "refused to step down" have none.
 */
function leavingVerb(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index] as Token;
  if (token.lemma === 'resignation') return [2, 3, 4].map((back) => index - back).find((at) => tokens[at]?.text.toLowerCase() === 'accepted');
  const isLeaving = token.pos === 'VERB' && (token.lemma === 'resign' || (token.lemma === 'step' && tokens[index + 1]?.lemma === 'down'));
  if (!isLeaving) return undefined;
  if (token.text.toLowerCase().endsWith('ed')) return index;
  return tokens[index - 1]?.lemma === 'to' && AGREEING.has(tokens[index - 2]?.lemma ?? '') ? index : undefined;
}

const AGREEING = new Set(['agree', 'decide', 'offer']);

function hasProtestWord(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) if (PROTEST_WORDS.has(tokens[index]?.lemma ?? '')) return true;
  return false;
}
