import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';

// The example article is read at run time from ../shared and never copied into the repository.
const EXAMPLE = '../shared/examples/kim-shoigu-kursk.txt';
const isPresent = existsSync(EXAMPLE);
const doc = isPresent ? (await createAnalyzer()).analyze(readFileSync(EXAMPLE, 'utf8'), { published: '2025-06-18' }) : undefined;

test('ranks war-and-conflicts and politics as the example article\'s top two topics', (t) => {
  if (!doc) return t.skip('../shared absent');
  assert.deepEqual(new Set(doc.topics.slice(0, 2).map((topic) => topic.slug)), new Set(['war-and-conflicts', 'politics']));
});

test('profiles the example article as an informal, hedged retelling', (t) => {
  if (!doc?.register) return t.skip('../shared absent');
  assert.equal(doc.register.profile, 'informal-retelling');
  assert.ok(doc.register.informality >= 0.45, `informality ${doc.register.informality}`);
  assert.ok(doc.register.hedging >= 0.3, `hedging ${doc.register.hedging}`);
});

test('flags the example article\'s slang, idioms and hedges with their kind', (t) => {
  if (!doc?.register) return t.skip('../shared absent');
  const flagged = doc.register.spans.map((span) => `${span.kind}:${span.text.toLowerCase()}`);
  for (const expected of ['slang:chinwag', 'slang:big cheese', 'idiom:spilling the beans', "idiom:here's the kicker", 'hedge:gossip has it', 'hedge:apparently']) {
    assert.ok(flagged.includes(expected), `missing ${expected} in ${flagged.join(', ')}`);
  }
});

test('lists the meeting and the deployment among the example article\'s plain facts, each with a source', (t) => {
  if (!doc?.register) return t.skip('../shared absent');
  const facts = doc.register.plainFacts;
  assert.ok(facts.every((fact) => /\([^)]+\)\.$/.test(fact)), facts.join('\n'));
  assert.ok(facts.some((fact) => /Kim Jong Un met Sergei Shoigu|Sergei Shoigu met Kim Jong Un/.test(fact)), facts.join('\n'));
  assert.ok(facts.some((fact) => /5,000 military construction workers/.test(fact) && /TASS/.test(fact)), facts.join('\n'));
});

test('lists the agreement and the warning among the example article\'s plain facts', (t) => {
  if (!doc?.register) return t.skip('../shared absent');
  const facts = doc.register.plainFacts;
  assert.ok(facts.some((fact) => /Lee Jae Myung|Shigeru Ishiba/.test(fact) && /cooperat|agree/.test(fact)), facts.join('\n'));
  assert.ok(facts.some((fact) => /^(?:[\d-]+ — )?South Korea warned/.test(fact)), facts.join('\n'));
});
