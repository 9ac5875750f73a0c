import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { AnalyzedDocument } from '../../src/model/document.ts';
import type { Event } from '../../src/model/event.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';

const examplePath = join(process.cwd(), '..', 'shared', 'examples', 'kim-shoigu-kursk.txt');
const isPresent = existsSync(examplePath);
let doc: AnalyzedDocument;

before(async () => {
  if (!isPresent) return;
  const analyzer = await createAnalyzer();
  doc = analyzer.analyze(readFileSync(examplePath, 'utf8'), { published: '2025-06-18' });
});

/** Lists what was coded, so a failure says what is missing rather than only that something is. */
function coded(): string {
  return doc.events.map((event) => `${event.code} ${event.sourceCode ?? '?'}→${event.targetCode ?? '?'} ${event.modality} ${event.date ?? ''} [${event.rule}]`).join('\n  ');
}

function between(event: Event, a: string, b: string): boolean {
  return (event.sourceCode?.startsWith(a) === true && event.targetCode?.startsWith(b) === true) || (event.sourceCode?.startsWith(b) === true && event.targetCode?.startsWith(a) === true);
}

function placeName(event: Event): string | undefined {
  return doc.places.find((place) => place.id === event.placeId)?.name;
}

function claimSpeaker(event: Event): string | undefined {
  return doc.claims.find((claim) => claim.id === event.claimId)?.speaker;
}

test('codes the Kim–Shoigu meeting in Pyongyang as a 04x consultation dated 2025-06-17 under a state-media claim', (t) => {
  if (!isPresent) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
  const meeting = doc.events.find((event) => event.rootCode === '04' && between(event, 'PRK', 'RUS'));
  assert.ok(meeting, `no 04x event between PRK… and RUS…; coded:\n  ${coded()}`);
  assert.equal(meeting.date, '2025-06-17', `meeting dated ${meeting.date ?? 'nothing'}`);
  assert.match(placeName(meeting) ?? '', /Pyongyang/, `meeting placed at ${placeName(meeting) ?? 'nowhere'}`);
  assert.match(claimSpeaker(meeting) ?? '', /state|KCNA/i, `meeting claim: ${claimSpeaker(meeting) ?? 'none'}`);
});

test('codes the planned deployment of workers and sappers from North Korea to the Kursk region as material cooperation told to TASS', (t) => {
  if (!isPresent) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
  const deployment = doc.events.find((event) => event.quadClass === 2 && event.sourceCode?.startsWith('PRK') && event.targetCode?.startsWith('RUS') && event.modality === 'planned');
  assert.ok(deployment, `no planned material-cooperation event PRK → RUS; coded:\n  ${coded()}`);
  assert.match(placeName(deployment) ?? '', /Kursk/, `deployment placed at ${placeName(deployment) ?? 'nowhere'}`);
  assert.match(claimSpeaker(deployment) ?? '', /Shoigu|TASS/, `deployment claim: ${claimSpeaker(deployment) ?? 'none'}`);
  const counted = doc.quantities.filter((quantity) => deployment.sentence.start <= quantity.span.start && quantity.span.end <= deployment.sentence.end);
  const values = counted.map((quantity) => quantity.value).sort((a, b) => a - b);
  assert.deepEqual(values.slice(0, 2), [1000, 5000], `quantities in the deployment sentence: ${JSON.stringify(values)}`);
});

test('codes the Lee–Ishiba agreement at the G7 in Canada as verbal cooperation in both directions', (t) => {
  if (!isPresent) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
  const agreements = doc.events.filter((event) => event.quadClass === 1 && between(event, 'KOR', 'JPN'));
  assert.equal(agreements.length >= 2, true, `expected KOR→JPN and JPN→KOR verbal cooperation; coded:\n  ${coded()}`);
  assert.match(placeName(agreements[0] as Event) ?? '', /Canada/, `agreement placed at ${placeName(agreements[0] as Event) ?? 'nowhere'}`);
});

test("codes South Korea's warning against Russia–North Korea relations as verbal conflict", (t) => {
  if (!isPresent) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
  const warnings = doc.events.filter((event) => event.quadClass === 3 && event.sourceCode?.startsWith('KOR'));
  assert.ok(warnings.length > 0, `no verbal-conflict event from KOR…; coded:\n  ${coded()}`);
  const targets = warnings.map((event) => event.targetCode?.slice(0, 3)).sort();
  assert.deepEqual(targets, ['PRK', 'RUS']);
});
