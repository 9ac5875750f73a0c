import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePetrarchValidation } from '../src/cli/eval/events.ts';
import { emptyEventCounts, scoreSentence, summariseEventScores, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { addCounts, f1Of, figure, tally } from './event-score-figures.ts';

// How far two careful coders of the same sentences agree, scored exactly as `tidings eval events` scores the engine:
// the second coder's codings stand where the engine's would. It bounds what the events target can ask of a coder.
// Usage: npm run agreement:events -- FIRST.xml SECOND.xml [FIRST.xml SECOND.xml ...]

const files = process.argv.slice(2);
if (files.length === 0 || files.length % 2 !== 0) {
  console.error('Give pairs of files: the first coder\'s set, then the second coder\'s coding of the same sentences, e.g.\n  npm run agreement:events -- bench/events-sets/fresh33.xml bench/events-sets/second-coder/fresh33.xml');
  process.exit(2);
}
const pooled = emptyEventCounts();
const pairs = files.flatMap((file, i) => (i % 2 === 0 ? [[file, files[i + 1] ?? '']] : []));
for (const [first = '', second = ''] of pairs) {
  const gold = parsePetrarchValidation(readFileSync(first, 'utf8'));
  const other = new Map(parsePetrarchValidation(readFileSync(second, 'utf8')).map((sentence) => [sentence.id, sentence]));
  const counts = emptyEventCounts();
  for (const sentence of gold) {
    const recoded = other.get(sentence.id);
    // A sentence the second coder left out or whose text differs is not the same item: the pair cannot be compared.
    if (recoded === undefined || recoded.text.trim() !== sentence.text.trim()) {
      console.error(`${second}: sentence ${sentence.id} of ${first} is ${recoded === undefined ? 'missing' : 'not the same text'}; the second file must code the first's sentences as given.`);
      process.exit(1);
    }
    scoreSentence(sentence.codings, recoded.codings, counts);
  }
  addCounts(pooled, counts);
  console.log(line(`${basename(first)} vs ${second}`, counts));
}
if (files.length > 2) console.log(line('pooled', pooled));

function line(label: string, counts: EventScoreCounts): string {
  const { root, full } = summariseEventScores(counts);
  return `${label}: dyadRoot ${figure(counts)} (F1 ${f1Of(counts).toFixed(4)}; ${tally(counts)}), root ${root.recall}/${root.precision}, full ${full.recall}/${full.precision}`;
}
