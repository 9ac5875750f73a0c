import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../src/model/document.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';

// The example article is read from ../shared at run time and never copied into the project.
const examplePath = join(import.meta.dirname, '../../../shared/examples/kim-shoigu-kursk.txt');
const published = '2025-06-18';

async function analyzeExample(): Promise<AnalyzedDocument | undefined> {
  if (!existsSync(examplePath)) return undefined;
  const analyzer = await createAnalyzer();
  return analyzer.analyze(readFileSync(examplePath, 'utf8'), { published });
}

describe('example article: dates, quantities and claims', () => {
  it('dates Tuesday, Wednesday, June 4, about two weeks ago, last year and this year against a 2025-06-18 publication', async (t) => {
    const doc = await analyzeExample();
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const valueOf = (pattern: RegExp): (string | undefined)[] => doc.dates.filter((d) => pattern.test(d.text)).map((d) => d.value);
    assert.ok(valueOf(/^Tuesday$/).length >= 1);
    for (const value of valueOf(/^Tuesday$/)) assert.equal(value, '2025-06-17');
    assert.deepEqual(valueOf(/^Wednesday$/), ['2025-06-18']);
    assert.deepEqual(valueOf(/^June 4$/), ['2025-06-04']);
    assert.deepEqual(valueOf(/two weeks ago$/), ['2025-06-04']);
    assert.deepEqual(valueOf(/^last year$/), ['2024']);
    assert.deepEqual(valueOf(/^this year$/), ['2025']);
  });

  it('counts the 5,000 builders and the 1,000 sappers sent to Kursk as personnel', async (t) => {
    const doc = await analyzeExample();
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const workers = doc.quantities.find((q) => q.value === 5000);
    assert.equal(workers?.unit, 'military construction workers');
    assert.equal(workers?.category, 'personnel');
    const sappers = doc.quantities.find((q) => q.value === 1000);
    assert.match(sappers?.unit ?? '', /sappers|deminers/);
    assert.equal(sappers?.category, 'personnel');
  });

  it('attributes the report to state reports, KCNA and Shoigu speaking to TASS, and flags the gossip as an unattributed hedge', async (t) => {
    const doc = await analyzeExample();
    if (!doc) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const according = doc.claims.find((c) => c.verb === 'according to' && /state reports/.test(c.speaker));
    assert.equal(according?.sourceKind, 'state-media');
    const kcna = doc.claims.find((c) => /KCNA/.test(c.speaker));
    assert.equal(kcna?.verb, 'confirmed');
    assert.equal(kcna?.sourceKind, 'state-media');
    const shoigu = doc.claims.find((c) => /Shoigu/.test(c.speaker));
    assert.ok(shoigu, 'a claim spoken by Shoigu');
    const claimText = doc.text.slice(shoigu.span.start, shoigu.span.end);
    assert.match(claimText, /TASS/);
    assert.match(doc.text.slice(shoigu.content.start, shoigu.content.end), /5,000 military construction workers/);
    const gossip = doc.claims.find((c) => /gossip/i.test(c.verb));
    assert.equal(gossip?.sourceKind, 'unattributed');
    assert.equal(gossip?.isHedged, true);
  });
});
