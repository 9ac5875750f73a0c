import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { headEndBefore, isRelativeWord } from './relative-clause.ts';
import { BROKERED_NOUNS } from './agreement-nouns.ts';

/** Nouns that sum up the act just told ("…, a move Paris condemned"). */
export const MOVE_NOUNS: ReadonlySet<string> = new Set(['move', 'decision', 'step', 'action', 'measure', 'act']);
/** Roots of judging what another did: cooperation and praise (05), disapproval (11), rejection (12). */
export const JUDGING_ROOTS: ReadonlySet<string> = new Set(['05', '11', '12']);
// What an act leaves behind for a judge to name: the deal signed, the finding published, the ruling or trial held; the
// result declared, the call, request, plan or offer made, the probe opened, the snub given.
const SUMMED_NOUNS = new Set([...MOVE_NOUNS, 'deal', 'agreement', 'accord', 'finding', 'ruling', 'verdict', 'trial', 'law', 'ban', 'result', 'call', 'request', 'plan', 'proposal', 'offer', 'probe', 'snub']);
const NOUN_PHRASE_GAP = 8;
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Mali expelled the French ambassador, a move Paris condemned as unjustified", "…, a deal Addis Ababa denounced", "…
 * jailed 30 activists in a hurried trial that rights groups decried": a judgement in a relative clause on a noun summing up
 * the previous act is aimed at whoever did that act. The judge may be a long or coordinated name ("…, an offer the
 * office of the Chadian premier turned down", "…, a step which the bishops and three labour unions criticised"), and the
 * act may be summed by "what" ("troops crossed the river in what the governor condemned as an invasion").
 */
export function judgedMoveMaker(tokens: readonly Token[], subject: ActorGroup | undefined, code: string, lastSubject: ActorGroup | undefined): ActorGroup | undefined {
  if (!subject || !lastSubject || lastSubject === subject || !JUDGING_ROOTS.has(code.slice(0, 2))) return undefined;
  let start = subject.first - 1;
  for (let index = start; index >= Math.max(0, start - NOUN_PHRASE_GAP); index--) {
    const token = tokens[index];
    if (!token) return undefined;
    if (isRelativeWord(token)) {
      // "a probe that …": the noun may stand a few words before "that"; the window counts from there.
      index = start = headEndBefore(tokens, index) + 1;
      continue;
    }
    if (token.lemma === 'what' && (tokens[index - 1]?.lemma === 'in' || tokens[index - 1]?.text === ',')) return lastSubject;
    if (SUMMED_NOUNS.has(token.lemma) && opensSummingPhrase(tokens, index)) return lastSubject;
    if (!isInJudgeName(token)) return undefined;
  }
  return undefined;
}

/** The words of a judge's name before its actor: "three labour unions", "the office of", "the bishops and". */
function isInJudgeName(token: Token): boolean {
  return token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM' || token.lemma === 'of' || token.lemma === 'and';
}

/** ", a move", ", an offer", ", a landmark deal", "in a mass trial", "as part of a graft probe": the noun's article, after a comma, "in" or "of". */
function opensSummingPhrase(tokens: readonly Token[], noun: number): boolean {
  let article = noun - 1;
  while (article > noun - 3 && (tokens[article]?.pos === 'ADJ' || tokens[article]?.pos === 'NOUN')) article--;
  const opener = tokens[article - 1];
  return ARTICLES.has(tokens[article]?.lemma ?? '') && (opener?.text === ',' || opener?.lemma === 'in' || opener?.lemma === 'of');
}

/** Summing-up nouns a passive judgement may follow: the act, and the speech or gesture that made it. */
const JUDGED_NOUNS = new Set([...MOVE_NOUNS, 'speech', 'gesture', 'announcement', 'ruling', 'verdict', 'remarks', 'statement']);
const PASSIVE_GAP = 4;

/**
 * "Ankara recognised the breakaway region, a step denounced by Athens", "…, in a statement praised by Kosovo's leaders":
 * a passive judgement on a noun summing up the previous act is aimed at whoever did that act. "Rwanda and Congo agreed to
 * pull back troops, in a pact brokered by Qatar", "Minsk will release 30 detainees under a swap brokered by the
 * Vatican": the broker mediates for the parties who acted under the deal.
 */
export function passiveMoveMaker(tokens: readonly Token[], trigger: number, code: string, maker: ActorGroup | undefined): ActorGroup | undefined {
  const isJudging = JUDGING_ROOTS.has(code.slice(0, 2));
  if (!maker || (!isJudging && !code.startsWith('045')) || maker.last >= trigger) return undefined;
  const nouns = isJudging ? JUDGED_NOUNS : BROKERED_NOUNS;
  for (let index = trigger - 1; index >= Math.max(0, trigger - PASSIVE_GAP); index--) {
    const token = tokens[index];
    if (!token) return undefined;
    const article = tokens[index - 1]?.lemma;
    const opener = tokens[index - 2];
    if (nouns.has(token.lemma) && (article === 'a' || article === 'the') && (opener?.text === ',' || opener?.pos === 'ADP')) return maker;
    if (token.pos !== 'ADV' && token.pos !== 'AUX' && !(isJudging ? false : token.pos === 'ADJ' || token.pos === 'NOUN')) return undefined;
  }
  return undefined;
}

/**
 * "Kabul barred women from universities, a decision that drew condemnation from the UN", "…, a move which prompted
 * warnings from Seoul": what a relative clause on a noun summing up the previous act does, the maker of that act did.
 */
export function relativeMoveMaker(tokens: readonly Token[], trigger: number, maker: ActorGroup | undefined): ActorGroup | undefined {
  if (!maker || maker.last >= trigger || !isRelativeWord(tokens[trigger - 1])) return undefined;
  let index = headEndBefore(tokens, trigger - 1);
  while (tokens[index]?.pos === 'ADJ') index--;
  const article = tokens[index - 1]?.lemma;
  return SUMMED_NOUNS.has(tokens[index]?.lemma ?? '') && (article === 'a' || article === 'the') && tokens[index - 2]?.text === ',' ? maker : undefined;
}

/**
 * "at a Kremlin reception that Warsaw denounced", "during a Chinese naval drill which Manila deplored": a
 * judgement in a relative clause on a noun whose own phrase names an actor ("Kremlin", "Chinese") is aimed at that actor.
 */
export function judgedNounOwner(tokens: readonly Token[], groups: readonly ActorGroup[], subject: ActorGroup | undefined, code: string): ActorGroup | undefined {
  if (!subject || !JUDGING_ROOTS.has(code.slice(0, 2)) || !isRelativeWord(tokens[subject.first - 1])) return undefined;
  const head = headEndBefore(tokens, subject.first - 1);
  if (tokens[head]?.pos !== 'NOUN') return undefined;
  for (let index = head - 1; index >= Math.max(0, head - NOUN_PHRASE_GAP); index--) {
    const token = tokens[index];
    if (token?.pos === 'DET') return groups.find((group) => group.first > index && group.last < head);
    if (token?.pos !== 'ADJ' && token?.pos !== 'NOUN' && token?.pos !== 'PROPN' && token?.pos !== 'PART') return undefined;
  }
  return undefined;
}
