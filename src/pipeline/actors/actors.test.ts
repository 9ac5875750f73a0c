import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { places } from '../places/places.ts';
import { createAnalyzer } from '../analyzer.ts';
import { entities } from '../entities/entities.ts';
import { segment } from '../segment/segment.ts';
import type { Stage } from '../stage.ts';
import { actors } from './actors.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

const stages = [segment, entities, actors] as Stage<unknown>[];

describe('actors stage', () => {
  it("gives a user dictionary's code to a name the text mentions, and sets the entity's actor", async () => {
    const file = join(scratchDirectory('tidings-actors-'), 'actors.json');
    writeFileSync(file, JSON.stringify([{ name: 'Tarvex Holdings', aliases: ['Tarvex'], code: 'NGABUS' }]));
    const analyzer = await createAnalyzer({ actorFiles: [file] }, stages);
    const doc = analyzer.analyze('Tarvex Holdings said on Monday that its plant near Lagos would close. Tarvex employs 900 people.');
    const tarvex = doc.actors.find((a) => a.code === 'NGABUS');
    assert.ok(tarvex, doc.actors.map((a) => `${a.name}:${a.code}`).join(', '));
    assert.equal(tarvex.mentions.length, 2);
    assert.ok(doc.entities.some((e) => e.text === 'Tarvex Holdings' && e.actorId === tarvex.id));
  });

  it("never builds an actor code from Object.prototype when a word after a nationality is 'constructor'", async () => {
    const analyzer = await createAnalyzer({}, stages);
    const doc = analyzer.analyze('Russian constructor teams met in Moscow on Tuesday. The French constructor denied it.');
    for (const actor of doc.actors) assert.match(actor.code ?? '', /^[A-Z]*$/, `${actor.name}: ${actor.code}`);
  });

  it('reads Georgia beside Atlanta and Florida as the US state, not the country acting, but keeps the country beside Tbilisi', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const state = analyzer.analyze('Storms tore through Georgia and Florida on Tuesday, and officials in Atlanta said the shelters were full.');
    assert.ok(!state.actors.some((a) => a.code === 'GEO'), state.actors.map((a) => `${a.name}:${a.code}`).join(', '));
    const country = analyzer.analyze('Georgia accused Russia on Tuesday of moving troops, officials in Tbilisi said.');
    assert.ok(country.actors.some((a) => a.code === 'GEO'), country.actors.map((a) => `${a.name}:${a.code}`).join(', '));
  });

  it("keeps a person's state role when an appositive adds a chair of no country", async () => {
    const analyzer = await createAnalyzer({}, stages);
    const doc = analyzer.analyze('Ghanaian President Kwame Asante, the current chairman of the regional bloc, met reporters in Accra.');
    const person = doc.actors.find((a) => a.kind === 'person');
    assert.equal(person?.code, 'GHAGOV', doc.actors.map((a) => `${a.name}:${a.code}`).join(', '));
  });

  it('keeps two people who share a family name apart when their given names differ', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const doc = analyzer.analyze('Anna Berg met Tomas Berg in Oslo. Later Anna Berg said the meeting went well.');
    const bergs = doc.actors.filter((a) => a.kind === 'person');
    assert.deepEqual(bergs.map((a) => a.name).sort(), ['Anna Berg', 'Tomas Berg']);
  });

  it('does not read a capital after a place preposition as its government', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const doc = analyzer.analyze('Delegates gathered in Nairobi on Monday. Nairobi rejected the proposal.');
    const government = doc.actors.find((a) => a.code === 'KENGOV');
    assert.ok(government);
    assert.equal(government.mentions.length, 1);
    assert.equal(doc.text.slice(government.mentions[0]?.start, government.mentions[0]?.end), 'Nairobi');
    assert.ok((government.mentions[0]?.start ?? 0) > 30);
  });

  it("codes a country's named ministry as its government, whether the country comes before or after", async () => {
    const analyzer = await createAnalyzer({}, stages);
    const codes = (text: string) => analyzer.analyze(text).actors.map((a) => a.code);
    assert.ok(codes("Norway's Fisheries Ministry warned Iceland on Friday.").includes('NORGOV'));
    assert.ok(codes('The Foreign Ministry of Chile summoned the envoy of Peru.').includes('CHLGOV'));
  });

  it('codes a body a country owns by the words describing it, else by the country alone', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const codes = (text: string) => analyzer.analyze(text).actors.map((a) => a.code);
    assert.ok(codes("Latvia's VDD security service questioned a suspect.").includes('LVASPY'));
    assert.ok(codes("Norway's Equinor signed a contract.").includes('NOR'));
  });

  it('gives Kurdish fighters the homeland state nearest in their sentence, and no country without one', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const codes = (text: string) => analyzer.analyze(text).actors.map((a) => a.code);
    assert.ok(codes('Turkey shelled Kurdish fighters near Kobani in Syria on Sunday.').includes('SYRREB'));
    assert.ok(codes('Kurdish militia ambushed a patrol on Sunday.').includes('---REB'));
  });

  it('codes an unlisted armed group by the land its name holds, and leaves national armies and ruling parties alone', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const codes = (text: string) => analyzer.analyze(text).actors.map((a) => `${a.name}:${a.code}`);
    assert.ok(codes('The separatist Free Aceh Movement laid down its arms on Friday.').includes('Free Aceh Movement:IDNREB'));
    assert.ok(codes("Fighters of the Sudan People's Liberation Army took the town.").some((c) => c.endsWith(':SDNREB')));
    assert.ok(!codes('The Pakistan Army shelled the border posts.').some((c) => c.endsWith('REB')));
    assert.ok(!codes('The ruling National Resistance Movement of Uganda won the vote.').some((c) => c.endsWith('REB')));
  });

  it('codes migrants and students owned by a nationality with their role', async () => {
    const analyzer = await createAnalyzer({}, stages);
    const codes = analyzer.analyze('Somali migrants and Kenyan students reached the coast.').actors.map((a) => a.code);
    assert.ok(codes.includes('SOMCVL') && codes.includes('KENEDU'), codes.join(', '));
  });

  it('returns no actors and no error for text without names', async () => {
    const analyzer = await createAnalyzer({}, stages);
    assert.deepEqual(analyzer.analyze('it rained all day and nobody came.').actors, []);
  });

  it('never throws on arbitrary text and keeps every span inside it', async () => {
    const analyzer = await createAnalyzer({}, [...stages, places] as Stage<unknown>[]);
    const words = fc.constantFrom('Kim', 'Moscow', 'said', ',', 'the', 'PARIS', 'Texas', "'s", 'leader', 'UN', '\u200b', '😤', 'ﷺ', 'Ivano-Frankivsk', '.', 'of');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 40 }), (parts) => {
        const text = `x ${parts.join(' ')}`;
        const doc = analyzer.analyze(text);
        for (const span of [...doc.entities.map((e) => e.span), ...doc.actors.flatMap((a) => a.mentions), ...doc.places.flatMap((p) => p.mentions)]) {
          assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});
