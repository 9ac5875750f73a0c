import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codesOutsideCameo, findEnvironmentDictionaries } from './environment-dictionaries.ts';
import { learnedModels, parsePetrarchValidation, predictedCodings, trainedOnNote } from './events.ts';
import { RULES_ALONE } from '../../pipeline/stage.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

const xml = `<Validation><Environment>
  <Verbfile>Test.verbs.txt</Verbfile>
  <Actorfile>Test.actors.txt</Actorfile>
  <Agentfile>Missing.agents.txt</Agentfile>
  <Discardfile>Test.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20080806" id="T1"><EventCoding sourcecode="KEN" targetcode="UGA" eventcode="040"/>
<Text>Kenya met Uganda.</Text></Sentence>
</Sentences></Validation>`;

test('finds the dictionaries an <Environment> block names in ../dictionaries, and names those that are absent', () => {
  const root = scratchDirectory('tidings-env-');
  mkdirSync(join(root, 'text'));
  mkdirSync(join(root, 'dictionaries'));
  writeFileSync(join(root, 'dictionaries', 'Test.verbs.txt'), '');
  writeFileSync(join(root, 'dictionaries', 'Test.actors.txt'), '');
  const found = findEnvironmentDictionaries(xml, join(root, 'text', 'file.xml'));
  assert.deepEqual(found, {
    actorFiles: [join(root, 'dictionaries', 'Test.actors.txt')],
    patternFiles: [join(root, 'dictionaries', 'Test.verbs.txt')],
    discardFiles: [],
    missing: ['Missing.agents.txt', 'Test.discards.txt'],
  });
});

test('finds the rest of a suite beside the dictionary the user gave, wherever the validation file lies', () => {
  const suite = scratchDirectory('tidings-suite-');
  const elsewhere = scratchDirectory('tidings-gold-');
  for (const name of ['Test.verbs.txt', 'Test.actors.txt', 'Test.discards.txt']) writeFileSync(join(suite, name), '');
  const found = findEnvironmentDictionaries(xml, join(elsewhere, 'gold.xml'), [join(suite, 'Test.actors.txt')]);
  assert.deepEqual(found.patternFiles, [join(suite, 'Test.verbs.txt')]);
  assert.deepEqual(found.discardFiles, [join(suite, 'Test.discards.txt')]);
  assert.deepEqual(found.missing, ['Missing.agents.txt']);
});

test('tells a verb dictionary with codes of its own from one that codes in CAMEO', () => {
  const directory = scratchDirectory('tidings-verbs-');
  const cameo = join(directory, 'cameo.verbs.txt');
  const own = join(directory, 'suite.verbs.txt');
  writeFileSync(cameo, '--- MEET   [040] ---\nMEET\n- * WITH  [042:043]\n\n--- SKIP   [---] ---\nSKIP\n');
  writeFileSync(own, '--- MEET   [040] ---\nMEET\n\n--- WAVE   [903] ---\nWAVE\n');
  assert.equal(codesOutsideCameo(cameo), false);
  assert.equal(codesOutsideCameo(own), true);
  assert.equal(codesOutsideCameo(join(directory, 'absent.txt')), false);
});

test('reads sentences with their ISO date and gold codings', () => {
  assert.deepEqual(parsePetrarchValidation(xml), [{ id: 'T1', date: '2008-08-06', text: 'Kenya met Uganda.', codings: [{ code: '040', source: 'KEN', target: 'UGA' }] }]);
});

test('reads the trigger word a coding names, and which occurrence of it when the word comes twice', () => {
  const labelled = `<Sentences><Sentence date="20240102" id="L1"><EventCoding sourcecode="PER" targetcode="CHL" eventcode="036" trigger="talks"/><EventCoding sourcecode="CHL" targetcode="PER" eventcode="111" trigger="blamed" triggerIndex="2"/><EventCoding sourcecode="CHL" targetcode="PER" eventcode="010"/><Text>Peru sought talks after Chile blamed it, and Chile blamed it again.</Text></Sentence></Sentences>`;
  assert.deepEqual(parsePetrarchValidation(labelled)[0]?.codings, [
    { code: '036', source: 'PER', target: 'CHL', trigger: 'talks' },
    { code: '111', source: 'CHL', target: 'PER', trigger: 'blamed', triggerIndex: 2 },
    { code: '010', source: 'CHL', target: 'PER' },
  ]);
});

// Invented records in the shape of PETRARCH-2's Universal Dependencies files: a `#` banner outside any comment, spaces
// around `=`, a commented-out example, CoNLL-U in <Parse>, and a record with no events.
const conllu = `<?xml version="1.0" encoding="UTF-8"?>
<Sentences>
#############################################
# Gold records: <Sentence> holds <EventCoding> & <Text>
#############################################
<!-- <Sentence date="19990101" id="EXAMPLE"><Text>Not a record.</Text></Sentence> -->
<Sentence date = "20150805" id = "DEMO-1" category = "TEST" place = "">
<EventCoding sourcecode = "MLI" targetcode = "---REB" eventcode = "190"/>
<Text>
Mali attacked rebels.
</Text>
<Parse>
# sent_id = 1
# text = Mali attacked rebels.
1	Mali	Mali	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	attacked	attack	VERB	VBD	Tense=Past	0	root	_	_
3	rebels	rebel	NOUN	NNS	Number=Plur	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentence>
# ---- second part ----
<Sentence date = "20150806" id = "DEMO-2" category = "TEST">
<EventCoding noevents = "True"/>
<Text>The weather was fine &amp; dry.</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse>
</Sentence>
</Sentences>`;

test('reads a validation file whose banner sits outside comments and whose parses are CoNLL-U', () => {
  assert.deepEqual(parsePetrarchValidation(conllu), [
    { id: 'DEMO-1', date: '2015-08-05', text: 'Mali attacked rebels.', codings: [{ code: '190', source: 'MLI', target: '---REB' }] },
    { id: 'DEMO-2', date: '2015-08-06', text: 'The weather was fine & dry.', codings: [] },
  ]);
});

test('scores a protest with no target as PETRARCH codes it, with `---` for the target, and drops events missing an actor or denied by their speaker', () => {
  const codings = predictedCodings([
    { code: '141', sourceCode: '---CVL', isTargetless: true, modality: 'happened' },
    { code: '173', sourceCode: 'KENCOP', modality: 'happened' },
    { code: '040', sourceCode: 'KEN', targetCode: 'UGA', modality: 'happened' },
    { code: '190', sourceCode: 'KENMIL', targetCode: 'SOM', modality: 'denied', claimId: 'c1' },
  ], new Set(['c1']));
  assert.deepEqual(codings, [
    { code: '141', source: '---CVL', target: '---' },
    { code: '040', source: 'KEN', target: 'UGA' },
  ]);
});

test('scores an attack whose doer the report does not know with `---` for the source, and still drops one whose doer was missed', () => {
  const codings = predictedCodings([
    { code: '186', targetCode: 'PERGOV', isSourceUnknown: true, modality: 'happened' },
    { code: '190', targetCode: 'PERCVL', modality: 'happened' },
  ]);
  assert.deepEqual(codings, [{ code: '186', source: '---', target: 'PERGOV' }]);
});

test('notes that a scored set is one the side model was trained on, and says nothing of another', () => {
  const note = trainedOnNote('bench/events-sets/own-set.xml', ['other-set', 'own-set']);
  assert.match(note ?? '', /learned models were trained on `own-set`: these are training-set figures/);
  assert.match(note ?? '', /--no-learned-triggers --no-learned-sides --no-event-filter/);
  assert.equal(trainedOnNote('elsewhere/unseen-set.xml', ['own-set']), undefined);
  assert.equal(trainedOnNote('own-set.xml'), undefined);
});

test('notes the training sets when only the event filter is on, and none when every model is off', () => {
  const sideModel = () => ({ kind: 'side-model' as const, threshold: 0.5, margin: 2, trainedOn: ['side-set'], weights: {} });
  const eventFilterModel = () => ({ kind: 'event-filter-model' as const, threshold: 0.1, trainedOn: ['filter-set'], weights: {} });
  const filterOnly = learnedModels({ learnedTriggers: false, learnedSides: false }, { sideModel, eventFilterModel }).trainedOn;
  assert.deepEqual(filterOnly, ['filter-set']);
  assert.match(trainedOnNote('bench/events-sets/filter-set.xml', filterOnly) ?? '', /trained on `filter-set`/);
  const neither = learnedModels(RULES_ALONE, { sideModel: () => assert.fail('side model read'), eventFilterModel: () => assert.fail('filter read'), triggerModel: () => assert.fail('trigger model read') }).trainedOn;
  assert.deepEqual(neither, []);
  assert.equal(trainedOnNote('bench/events-sets/filter-set.xml', neither), undefined);
});

test('reads each model that is on once and hands the analyzer the model it read', () => {
  let reads = 0;
  const sideModel = () => {
    reads++;
    return { kind: 'side-model' as const, threshold: 0.5, margin: 2, trainedOn: ['side-set'], weights: {} };
  };
  const eventFilterModel = () => {
    reads++;
    return { kind: 'event-filter-model' as const, threshold: 0.1, trainedOn: ['filter-set'], weights: {} };
  };
  const triggerModel = () => {
    reads++;
    return { kind: 'trigger-model' as const, classes: ['NONE'], lemmas: [], codes: {}, threshold: 0.5, trainedOn: ['trigger-set'], weights: {} };
  };
  const learned = learnedModels({}, { sideModel, eventFilterModel, triggerModel, pairModel: () => assert.fail('pair model read') });
  assert.equal(reads, 3);
  assert.deepEqual(learned.trainedOn, ['trigger-set', 'side-set', 'filter-set']);
  assert.equal(typeof learned.options.learnedTriggers, 'object');
  assert.equal(typeof learned.options.learnedSides, 'object');
  assert.equal(typeof learned.options.eventFilter, 'object');
});

test('reads the pair model only when the proposer and the pair chooser are both on, and notes its sets', () => {
  const sideModel = () => ({ kind: 'side-model' as const, threshold: 0.5, margin: 2, trainedOn: ['side-set'], weights: {} });
  const eventFilterModel = () => ({ kind: 'event-filter-model' as const, threshold: 0.1, trainedOn: ['filter-set'], weights: {} });
  const triggerModel = () => ({ kind: 'trigger-model' as const, classes: ['NONE'], lemmas: [], codes: {}, threshold: 0.5, trainedOn: ['trigger-set'], weights: {} });
  const pairModel = () => ({ kind: 'pair-model' as const, threshold: 0.8, trainedOn: ['pair-set'], weights: {} });
  const off = { learnedSides: false, eventFilter: false } as const;
  assert.deepEqual(learnedModels({ ...RULES_ALONE, learnedPairs: true }, { sideModel, eventFilterModel, triggerModel: () => assert.fail('trigger model read'), pairModel: () => assert.fail('pair model read') }).trainedOn, []);
  assert.deepEqual(learnedModels({ ...off, learnedPairs: true }, { sideModel, eventFilterModel, triggerModel, pairModel }).trainedOn, ['trigger-set', 'pair-set']);
  assert.deepEqual(learnedModels({ ...off, learnedTriggers: true }, { sideModel, eventFilterModel, triggerModel, pairModel: () => assert.fail('pair model read') }).trainedOn, ['trigger-set']);
  const both = learnedModels({ ...off, learnedTriggers: true, learnedPairs: true }, { sideModel, eventFilterModel, triggerModel, pairModel });
  assert.deepEqual(both.trainedOn, ['trigger-set', 'pair-set']);
  assert.equal(typeof both.options.learnedPairs, 'object');
});
