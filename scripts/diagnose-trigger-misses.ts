// Where the shipped pipeline misses the coders' codings, read at their labelled trigger words: for each gold coding it
// does not match (dyad+root), whether the engine has an event at the gold trigger token with the gold root (its sides
// wrong or unresolved; or right, and the filter dropped it), an event there with another root only, no event there
// though a pattern fits the word (`findTrigger` finds one), or no event and no pattern for the word. Per root too: it
// tells vocabulary from reading from sides. A word no row starts with but some row holds later ("talks" in "hold talks")
// is counted apart (`in-phrase-only`), and so is a word rows start with though none fits here (`rows-unfit`). Usage: npm run diagnose:triggers [-- --sets a,b]
import { predictedCodings, scoreCodedSentence, type GoldCoding } from '../src/cli/eval/events.ts';
import type { AnalyzedDocument } from '../src/model/document.ts';
import type { Event } from '../src/model/event.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { events as eventsStage, type EventResources } from '../src/pipeline/events/events.ts';
import { RULES_ALONE } from '../src/pipeline/stage.ts';
import { findTrigger } from '../src/pipeline/events/find-trigger.ts';
import { emptyEventCounts } from '../src/pipeline/events/score-event-codings.ts';
import { triggerLabelToken } from '../src/pipeline/events/trigger-label-token.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';

const CLASSES = ['matched', 'sides', 'filtered', 'other-root', 'pattern-fits', 'rows-unfit', 'in-phrase-only', 'unknown-word', 'unmapped'] as const;
type MissClass = (typeof CLASSES)[number];

// The rules with the side-chooser and the filter, the proposer off: the pipeline L9's table in BENCHMARKS.md describes
// (shipped until session 19's end), so that the table reproduces; the proposer's own misses are train:triggers' business.
const shipped = await createAnalyzer({ learnedTriggers: false });
const unfiltered = await createAnalyzer({ learnedTriggers: false, eventFilter: false });
const { patterns } = (await eventsStage.prepare?.(RULES_ALONE)) as EventResources;
// "talks" in "held talks": no row starts at the word, but a row keyed on another word holds it.
const phraseWords = new Set([...patterns.values()].flatMap((rows) => rows.flatMap((row) => [...row.words.slice(1).flat(), ...row.beforeWords.flat()])));
const dyad = (coding: { code: string; source: string; target: string }): string => `${coding.code.slice(0, 2)}|${coding.source.slice(0, 3)}|${coding.target.slice(0, 3)}`;
const byRoot = new Map<string, Map<MissClass, number>>();
/** Misses with no event at the gold trigger while an event of the gold root stands elsewhere in the sentence. */
let rootElsewhere = 0;
/** The trigger words of the misses with no event at them, by class and root: the vocabulary the next rules could add. */
const missedWords = new Map<string, number>();

for (const { sentences } of loadTrainingSets(listArg(process.argv.slice(2), 'sets') ?? EVENT_TRAINING_SETS)) {
  for (const sentence of sentences) {
    if (sentence.text.trim() === '') continue;
    const meta = sentence.date ? { published: sentence.date } : {};
    const doc = shipped.analyze(sentence.text, meta);
    const all = unfiltered.analyze(sentence.text, meta).events;
    // The codings `eval events` scores (denied claims left out, by its own reading); they match as multisets: the first
    // gold codings of a key take its predictions.
    const left = new Map<string, number>();
    for (const coding of scoreCodedSentence(sentence, doc, doc.events, emptyEventCounts())) left.set(dyad(coding), (left.get(dyad(coding)) ?? 0) + 1);
    for (const coding of sentence.codings) {
      const key = dyad(coding);
      const isMatched = (left.get(key) ?? 0) > 0;
      if (isMatched) left.set(key, (left.get(key) ?? 0) - 1);
      const missClass: MissClass = isMatched ? 'matched' : classify(sentence.text, coding, doc, all);
      const root = coding.code.slice(0, 2);
      const row = byRoot.get(root) ?? new Map<MissClass, number>();
      row.set(missClass, (row.get(missClass) ?? 0) + 1);
      byRoot.set(root, row);
      if (missClass === 'pattern-fits' || missClass === 'rows-unfit' || missClass === 'in-phrase-only' || missClass === 'unknown-word') {
        if (doc.events.some((event) => event.code.startsWith(root))) rootElsewhere++;
        const found = triggerLabelToken(sentence.text, doc.tokens, coding);
        const word = `${missClass} ${'index' in found ? (doc.tokens[found.index]?.lemma ?? '') : ''} ${root}`;
        missedWords.set(word, (missedWords.get(word) ?? 0) + 1);
      }
    }
  }
}

function classify(text: string, coding: GoldCoding, doc: AnalyzedDocument, unfilteredEvents: readonly Event[]): MissClass {
  const found = triggerLabelToken(text, doc.tokens, coding);
  if ('miss' in found) return 'unmapped';
  const token = doc.tokens[found.index];
  if (!token) return 'unmapped';
  const at = (event: Event): boolean => event.trigger.start <= token.span.start && token.span.start < event.trigger.end;
  const root = coding.code.slice(0, 2);
  const here = doc.events.filter(at);
  if (here.some((event) => event.code.startsWith(root))) return 'sides';
  // The filter's drop: a right coding at the trigger that only the unfiltered pipeline keeps.
  if (predictedCodings(unfilteredEvents.filter(at)).some((predicted) => dyad(predicted) === dyad(coding))) return 'filtered';
  if (unfilteredEvents.filter(at).some((event) => event.code.startsWith(root))) return 'sides';
  if (here.length > 0 || unfilteredEvents.some(at)) return 'other-root';
  const sentence = doc.sentences.find((segment) => segment.firstToken <= found.index && found.index <= segment.lastToken);
  if (sentence && findTrigger(doc.tokens, found.index, sentence.lastToken, patterns)) return 'pattern-fits';
  // "sign": rows start at the word, but each wants words that do not follow here ("sign a deal").
  if (patterns.has(token.lemma) || patterns.has(token.text.toLowerCase())) return 'rows-unfit';
  return phraseWords.has(token.lemma) || phraseWords.has(token.text.toLowerCase()) ? 'in-phrase-only' : 'unknown-word';
}

const total = new Map<MissClass, number>();
for (const row of byRoot.values()) for (const [missClass, count] of row) total.set(missClass, (total.get(missClass) ?? 0) + count);
const cells = (row: ReadonlyMap<MissClass, number>): string => {
  const gold = [...row.values()].reduce((sum, count) => sum + count, 0);
  const missed = gold - (row.get('matched') ?? 0);
  return `| ${gold} | ${missed} | ${CLASSES.slice(1).map((missClass) => `${row.get(missClass) ?? 0}${missed > 0 ? ` (${Math.round((100 * (row.get(missClass) ?? 0)) / missed)} %)` : ''}`).join(' | ')} |`;
};
console.log(`| root | gold | missed | ${CLASSES.slice(1).join(' | ')} |`);
console.log(`| --- | --- | --- | ${CLASSES.slice(1).map(() => '---').join(' | ')} |`);
for (const [root, row] of [...byRoot].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`| ${root} ${cells(row)}`);
console.log(`| **all** ${cells(total)}`);
console.log(`no event at the gold trigger while one of the gold root stands elsewhere in the sentence: ${rootElsewhere}`);
for (const missClass of ['unknown-word', 'in-phrase-only', 'rows-unfit', 'pattern-fits']) {
  const top = [...missedWords].filter(([word]) => word.startsWith(`${missClass} `)).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, 40);
  console.log(`${missClass}, most missed lemma/root: ${top.map(([word, count]) => `${word.slice(missClass.length + 1)} ${count}`).join(', ')}`);
}
