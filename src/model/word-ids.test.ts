import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordTable } from './word-ids.ts';

describe('WordTable', () => {
  it('gives one id per distinct text, keeping case, and reads the text back', () => {
    const table = new WordTable(100);
    const harbour = table.intern('Harbour');
    assert.equal(table.intern('Harbour'), harbour);
    assert.notEqual(table.intern('harbour'), harbour);
    assert.equal(table.text(harbour), 'Harbour');
    assert.equal(table.size, 2);
  });

  it('starts over only when asked between documents, and says so by a new generation', () => {
    const table = new WordTable(2);
    table.intern('ferry');
    table.intern('quay');
    table.intern('pier');
    assert.equal(table.size, 3, 'interning never drops ids a document already holds');
    const before = table.generation;
    table.makeRoom();
    assert.equal(table.size, 0);
    assert.equal(table.generation, before + 1);
    table.makeRoom();
    assert.equal(table.generation, before + 1, 'a table with room is left alone');
  });
});
