import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WinkReader } from './wink.ts';

const tokensWith = (reader: WinkReader, text: string): string[] =>
  reader.read(text, (doc) => doc.tokens().out(reader.its.value).map((token, i) => `${token}/${doc.tokens().out(reader.its.pos)[i] ?? ''}`));

describe('WinkReader', () => {
  it('reads each text as a fresh instance would, also across the rebuilds that bound its memory', () => {
    const texts = [
      "Nobody doubted it was Varley's.",
      "The plan was Dana Varley's idea from the start.",
      'Zorbanex and Quillimar signed the Trevanto accord in Oskarvik.',
      "Quillimar's envoy left; the plan was Varley's.",
      'The port paid £500m for cranes and $500 for rope.',
      'The ridge rises about 500 feet above a city of 500,000.',
    ];
    const expected = texts.map((text) => tokensWith(new WinkReader(), text));
    const reused = new WinkReader();
    const rebuilding = new WinkReader(3);
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        assert.deepEqual(tokensWith(reused, text), expected[i], `reused reader, text ${i}`);
        assert.deepEqual(tokensWith(rebuilding, text), expected[i], `rebuilding reader, text ${i}`);
      });
    }
  });

  it("gives every token the lemma wink's own its.lemma gives, across repeated reads, tags and rebuilds", () => {
    // Contractions, words read as a noun in one sentence and a verb in another, and out-of-vocabulary names.
    const texts = [
      "They can't say the building is safe, and we won't be building there.",
      'The Orvalline crews were building sheds; the sheds were the crews\' buildings.',
      "She's leaving, he'd left and they're left with the Trevanto leaves.",
      'Quillimar rebuilt faster than Zorbanex rebuilds; it is the fastest rebuilding.',
      // Read after the others: only a name is new, so its lemma is asked of wink token by token, not in one pass.
      "The Orvalline crews were building sheds; the sheds were the crews' buildings, and Quillimar rebuilt faster than Velmorane.",
    ];
    const lemmasWith = (reader: WinkReader, text: string): string[] =>
      reader.read(text, (doc) => {
        const tokens = doc.tokens();
        const lexemes = tokens.out(reader.its.uniqueId) as unknown as number[];
        return reader.lemmas(doc, lexemes, tokens.out(reader.its.pos));
      });
    // A fresh reader for each text, asking wink itself (the readers below then read all four in turn).
    const expected = texts.map((text) => {
      const fresh = new WinkReader();
      return fresh.read(text, (doc) => doc.tokens().out(fresh.its.lemma as unknown as WinkReader['its']['normal']));
    });
    const reused = new WinkReader();
    const rebuilding = new WinkReader(3);
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        assert.deepEqual(lemmasWith(reused, text), expected[i], `reused reader, text ${i}`);
        assert.deepEqual(lemmasWith(rebuilding, text), expected[i], `rebuilding reader, text ${i}`);
      });
    }
  });

  it('survives as many rebuilds as a long-running process makes', () => {
    // Each build used to re-stringify a string inside the model; the 21st build in one process threw.
    const rebuilding = new WinkReader(0);
    const text = 'Harbourmaster Oskarvik paid £500m for the Zorbanex cranes.';
    for (let build = 0; build < 24; build++) rebuilding.read(text, (doc) => doc.tokens().length());
    assert.deepEqual(tokensWith(rebuilding, text), tokensWith(new WinkReader(), text));
  });
});
