import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findEnvironmentDictionaries, parsePetrarchValidation, predictedCodings } from './events.ts';

const xml = `<Validation><Environment>
  <Verbfile>Test.verbs.txt</Verbfile>
  <Actorfile>Test.actors.txt</Actorfile>
  <Agentfile>Missing.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="20080806" id="T1"><EventCoding sourcecode="KEN" targetcode="UGA" eventcode="040"/>
<Text>Kenya met Uganda.</Text></Sentence>
</Sentences></Validation>`;

test('finds the dictionaries an <Environment> block names in ../dictionaries, skipping those that are absent', () => {
  const root = mkdtempSync(join(tmpdir(), 'tidings-env-'));
  mkdirSync(join(root, 'text'));
  mkdirSync(join(root, 'dictionaries'));
  writeFileSync(join(root, 'dictionaries', 'Test.verbs.txt'), '');
  writeFileSync(join(root, 'dictionaries', 'Test.actors.txt'), '');
  const found = findEnvironmentDictionaries(xml, join(root, 'text', 'file.xml'));
  assert.deepEqual(found, { actorFiles: [join(root, 'dictionaries', 'Test.actors.txt')], patternFiles: [join(root, 'dictionaries', 'Test.verbs.txt')] });
});

test('reads sentences with their ISO date and gold codings', () => {
  assert.deepEqual(parsePetrarchValidation(xml), [{ id: 'T1', date: '2008-08-06', text: 'Kenya met Uganda.', codings: [{ code: '040', source: 'KEN', target: 'UGA' }] }]);
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
