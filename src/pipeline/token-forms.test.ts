import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token } from '../model/token.ts';
import { WordTable, WORDS } from '../model/word-ids.ts';
import { tokenForms } from './token-forms.ts';
import { plainTokens } from '../../test/support/plain-tokens.ts';

const tokens = (...words: string[]): Token[] => plainTokens(words);

describe('tokenForms', () => {
  it('gives recurring texts one id and each casing its own, beside the lower-cased forms', () => {
    const forms = tokenForms(tokens('Ferry', 'ferry', 'Ferry', 'don’t', '42'));
    assert.equal(forms.id[0], forms.id[2]);
    assert.notEqual(forms.id[0], forms.id[1]);
    assert.equal(WORDS.text(forms.id[3] as number), 'don’t');
    assert.deepEqual(forms.lower, ['ferry', 'ferry', 'ferry', 'don’t', '42']);
    assert.deepEqual(forms.word, ['ferry', 'ferry', 'ferry', "don't", '42']);
    assert.deepEqual([...forms.hasLetter], [1, 1, 1, 1, 0]);
    assert.deepEqual([...forms.isCapitalised], [1, 0, 1, 0, 0]);
  });

  it('flags a token whose lemma differs from the one its text had where first seen', () => {
    const list = tokens('Lighthouses', 'lit', 'Lighthouses', 'lit');
    const later = { ...(list[3] as Token), lemma: 'lighted' };
    const forms = tokenForms([...list.slice(0, 3), later]);
    assert.deepEqual([...forms.isUsualLemma], [1, 1, 1, 0]);
  });

  it('derives the forms of a text first interned outside any document when a token later has it', () => {
    // An id handed out by another caller leaves a gap in the per-id forms; a token with that id must fill it in.
    WORDS.intern('Breakwater-Eastside');
    const forms = tokenForms(tokens('Past', 'Breakwater-Eastside', 'ferry’s'));
    assert.deepEqual(forms.lower, ['past', 'breakwater-eastside', 'ferry’s']);
    assert.deepEqual(forms.word, ['past', 'breakwater-eastside', "ferry's"]);
    assert.deepEqual([...forms.hasLetter], [1, 1, 1]);
    assert.deepEqual([...forms.isCapitalised], [1, 1, 0]);
  });

  it('gives a document without curly apostrophes the same word and lower-case forms', () => {
    const forms = tokenForms(tokens('The', 'pier', 'reopened', '.'));
    assert.deepEqual(forms.word, ['the', 'pier', 'reopened', '.']);
    assert.deepEqual(forms.word, forms.lower);
  });

  it('keeps the ids out of the tokens, so the document a caller gets back is unchanged', () => {
    const list = tokens('Quay', 'closed');
    const json = JSON.stringify(list);
    tokenForms(list);
    assert.equal(JSON.stringify(list), json);
  });
});

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
