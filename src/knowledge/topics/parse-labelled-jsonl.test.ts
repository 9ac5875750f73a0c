import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../model/errors.ts';
import { parseLabelledJsonl } from './parse-labelled-jsonl.ts';

test('reads single labels, label lists and optional titles', () => {
  const lines = parseLabelledJsonl('{"text":"a b","label":"x"}\n\n{"text":"c","labels":["y","z"],"title":"T"}\n', 'f.jsonl');
  assert.deepEqual(lines, [
    { text: 'a b', labels: ['x'] },
    { text: 'c', labels: ['y', 'z'], title: 'T' },
  ]);
});

test('names the file and line of a record without a label', () => {
  assert.throws(() => parseLabelledJsonl('{"text":"a","label":"x"}\n{"text":"b"}', 'gold.jsonl'), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /gold\.jsonl:2/);
    return true;
  });
});
