import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Actor } from '../../src/model/actor.ts';
import type { AnalyzedDocument } from '../../src/model/document.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';

// The example article is read from ../shared at run time and never copied into the project.
const examplePath = join(import.meta.dirname, '../../../shared/examples/kim-shoigu-kursk.txt');
let doc: AnalyzedDocument | undefined;

const mentionTexts = (actor: Actor): string[] => actor.mentions.map((m) => doc?.text.slice(m.start, m.end) ?? '');
const actorNamed = (pattern: RegExp): Actor => {
  const actor = doc?.actors.find((a) => pattern.test(a.name) || (a.aliases ?? []).some((alias) => pattern.test(alias)));
  assert.ok(actor, `no actor matching ${pattern}; actors: ${doc?.actors.map((a) => a.name).join(', ')}`);
  return actor;
};

describe('example article: entities, actors and places', () => {
  before(async () => {
    if (!existsSync(examplePath)) return;
    const analyzer = await createAnalyzer();
    doc = analyzer.analyze(readFileSync(examplePath, 'utf8'), { published: '2025-06-18' });
  });

  it('links every mention of Kim Jong Un to one actor with his role as leader of North Korea', (t) => {
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const kim = actorNamed(/^Kim Jong Un$/);
    assert.equal(kim.kind, 'person');
    assert.equal(kim.code, 'PRKGOV');
    assert.ok(kim.roles.some((r) => /leader/i.test(r.title) && r.country === 'PRK'));
    const texts = mentionTexts(kim);
    assert.ok(texts.includes('Kim Jong Un') && texts.filter((m) => m === 'Kim').length >= 2, texts.join(' | '));
    assert.equal(doc.actors.filter((a) => a.kind === 'person' && /Kim/.test(a.name)).length, 1);
  });

  it("links the unnamed and slangy descriptions of Russia's security chief to Sergei Shoigu", (t) => {
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const shoigu = actorNamed(/^Sergei Shoigu$/);
    assert.equal(shoigu.country, 'RUS');
    assert.equal(shoigu.code, 'RUSGOV');
    assert.ok(shoigu.roles.some((r) => /Security Council/.test(r.title)));
    const texts = mentionTexts(shoigu).join(' | ');
    assert.match(texts, /top security official/);
    assert.match(texts, /big cheese of Russia's Security Council/);
    assert.match(texts, /Shoigu/);
  });

  it('gives Lee Jae Myung and Shigeru Ishiba their offices and countries', (t) => {
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const lee = actorNamed(/^Lee Jae Myung$/);
    assert.ok(lee.roles.some((r) => /President/.test(r.title) && r.country === 'KOR'));
    assert.equal(lee.code, 'KORGOV');
    const ishiba = actorNamed(/^Shigeru Ishiba$/);
    assert.ok(ishiba.roles.some((r) => /Prime Minister/.test(r.title) && r.country === 'JPN'));
    assert.equal(ishiba.code, 'JPNGOV');
  });

  it('codes KCNA and TASS as state media, the Security Council as Russian government, and the UN and G7 as IGOs', (t) => {
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    assert.equal(actorNamed(/^KCNA$/).code, 'PRKMED');
    assert.equal(actorNamed(/^KCNA$/).kind, 'media');
    assert.equal(actorNamed(/^TASS$/).code, 'RUSMED');
    const council = actorNamed(/^Russia's Security Council$/);
    assert.equal(council.country, 'RUS');
    assert.equal(council.code, 'RUSGOV');
    assert.equal(actorNamed(/^(UN|United Nations)$/).code, 'IGOUNO');
    assert.match(actorNamed(/^G7$/).code ?? '', /^IGO/);
  });

  it('makes actors of the six countries and reads "Moscow" helping as the Russian government', (t) => {
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const countries = new Set(doc.actors.filter((a) => a.kind === 'country').map((a) => a.code));
    for (const code of ['PRK', 'RUS', 'UKR', 'KOR', 'JPN', 'CAN']) assert.ok(countries.has(code), `${code} missing`);
    assert.ok(doc.actors.some((a) => a.code === 'RUSGOV' && (a.aliases ?? []).includes('Moscow')));
  });

  it('resolves Pyongyang, the Kursk region, Canada and Northeast Asia', (t) => {
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const place = (name: string) => doc?.places.find((p) => p.name === name);
    assert.deepEqual([place('Pyongyang')?.country, place('Pyongyang')?.precision], ['PRK', 'city']);
    assert.deepEqual([place('Kursk Oblast')?.country, place('Kursk Oblast')?.precision], ['RUS', 'region']);
    assert.ok(place('Kursk Oblast')?.mentions.some((m) => /Kursk region/.test(doc?.text.slice(m.start, m.end) ?? '')));
    assert.equal(place('Canada')?.precision, 'country');
    assert.equal(place('Northeast Asia')?.precision, 'area');
    for (const entity of doc.entities.filter((e) => e.type === 'place')) assert.ok(entity.placeId, `${entity.text} has no place`);
  });
});
