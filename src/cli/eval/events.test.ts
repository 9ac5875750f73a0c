import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findEnvironmentDictionaries, parsePetrarchValidation } from './events.ts';

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
