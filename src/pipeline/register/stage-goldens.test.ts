import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { AnalyzedDocument, ArticleMeta } from '../../model/document.ts';
import { createAnalyzer } from '../analyzer.ts';

// Golden files for the topics and register stages: test/fixtures/<stage>/<phenomenon>.input.txt (+ optional
// .meta.json) -> .expected.json holding only that stage's output. `UPDATE=1` rewrites them.
const projections: Readonly<Record<string, (doc: AnalyzedDocument) => unknown>> = {
  topics: (doc) => doc.topics.slice(0, 3).map((topic) => ({ slug: topic.slug, iptc: topic.iptc ?? null })),
  register: (doc) => ({
    profile: doc.register?.profile,
    isInformal: (doc.register?.informality ?? 0) >= 0.45,
    isHedged: (doc.register?.hedging ?? 0) >= 0.3,
    toneSign: Math.sign(Math.round(doc.register?.tone ?? 0)),
    spans: doc.register?.spans.map((span) => `${span.kind}: ${span.text}`),
  }),
};

const analyzer = await createAnalyzer();

for (const [stage, project] of Object.entries(projections)) {
  const dir = join('test', 'fixtures', stage);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.input.txt'))) {
    const phenomenon = file.replace(/\.input\.txt$/, '');
    test(`${stage}: ${phenomenon.replace(/-/g, ' ')} matches its golden file`, () => {
      const metaPath = join(dir, `${phenomenon}.meta.json`);
      const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as ArticleMeta) : {};
      const actual = project(analyzer.analyze(readFileSync(join(dir, file), 'utf8'), meta));
      const expectedPath = join(dir, `${phenomenon}.expected.json`);
      if (process.env['UPDATE'] === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
