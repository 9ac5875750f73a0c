import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf } from './chunks.ts';
import { labelPlacesInFrames } from './place-frames.ts';
import { PhraseLexicon } from './phrase-lexicon.ts';

const places = new PhraseLexicon();
for (const name of ['Marseille', 'Lyon', 'Port of Spain', 'Spain', 'Andorra la Vella', 'Andorra', "Cox 's Bazar", 'Deir al-Balah', 'Obama']) places.add(name, 'place');

/** Labels each sentence (words split on spaces, `Name/TYPE` for a one-word chunk) and returns its chunks as text. */
function relabel(...sentences: string[]): string[] {
  const words = sentences.map((s) => s.split(' ').map((w) => w.split('/')[0] ?? ''));
  const labels = sentences.map((s) => s.split(' ').map((w) => (w.includes('/') ? `B-${w.split('/')[1] ?? ''}` : 'O')));
  return labelPlacesInFrames(words, labels, places).flatMap((tags, n) => chunksOf(tags).map((c) => `${c.type}:${(words[n] ?? []).slice(c.start, c.end).join(' ')}`));
}

describe('known places in locative frames', () => {
  it('labels a known town the recogniser took for a club a place after "in"', () => {
    assert.deepEqual(relabel('Officials in Marseille/ORG said on Monday .'), ['LOC:Marseille']);
  });

  it('labels a known town a place in "the city of X", "X \'s mayor" and a dateline', () => {
    assert.deepEqual(relabel('Police in the city of Lyon/PER said .'), ['LOC:Lyon']);
    assert.deepEqual(relabel("Marseille/ORG 's mayor spoke ."), ['LOC:Marseille']);
    assert.deepEqual(relabel('Lyon/ORG , March 3 ( Reuters/ORG ) - Police said .'), ['LOC:Lyon', 'ORG:Reuters']);
  });

  it('leaves a club a club outside a frame, before a possessive or beside another club', () => {
    assert.deepEqual(relabel('Lyon/ORG beat Marseille/ORG 2-0 .'), ['ORG:Lyon', 'ORG:Marseille']);
    assert.deepEqual(relabel("Lyon/ORG 's striker scored ."), ['ORG:Lyon']);
    assert.deepEqual(relabel('He joined Lyon/ORG from Marseille/ORG last summer .'), ['ORG:Lyon', 'ORG:Marseille']);
    assert.deepEqual(relabel('Shares in Lyon/ORG rose 3 percent .'), ['ORG:Lyon']);
  });

  it('reads "at X" as a place only for a name the article does not also give another type', () => {
    assert.deepEqual(relabel('Talks at Lyon/ORG ended .'), ['LOC:Lyon']);
    assert.deepEqual(relabel('Lyon/ORG lost again .', 'The fans at Lyon/ORG sang .'), ['ORG:Lyon', 'ORG:Lyon']);
  });

  it('keeps a lone surname of a person named in full in the article', () => {
    const words = [['Barack', 'Obama', 'spoke', '.'], ['The', 'crowd', 'in', 'Obama', 'cheered', '.']];
    const labels = [['B-PER', 'I-PER', 'O', 'O'], ['O', 'O', 'O', 'B-PER', 'O', 'O']];
    assert.deepEqual(labelPlacesInFrames(words, labels, places)[1], labels[1]);
  });

  it('gives a cut place name its whole span', () => {
    assert.deepEqual(relabel('Officials in Port of Spain/LOC said .'), ['LOC:Port of Spain']);
    assert.deepEqual(relabel('He flew to Andorra/LOC la Vella today .'), ['LOC:Andorra la Vella']);
    assert.deepEqual(relabel("Camps near Cox/LOC 's Bazar/ORG filled ."), ["LOC:Cox 's Bazar"]);
    assert.deepEqual(relabel('Strikes hit Deir/PER al-Balah overnight .'), ['PER:Deir']);
    assert.deepEqual(relabel('Strikes in Deir/PER al-Balah overnight .'), ['LOC:Deir al-Balah']);
  });
});
