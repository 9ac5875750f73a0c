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
});
