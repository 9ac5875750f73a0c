import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../src/model/document.ts';
import { root, tidings } from './cli-harness.ts';
import { scratchDirectory } from '../support/scratch-directory.ts';

const dir = scratchDirectory('tidings-cli-analyze-');
const article = join(dir, 'bridge.txt');
writeFileSync(
  article,
  'Engineers in Castra said on Tuesday that the harbour bridge will reopen next month.\n\nThe mayor, Lena Park, said repairs cost 4 million euros.\n',
);

describe('tidings --version', () => {
  it('prints the version from package.json and nothing else', () => {
    const run = tidings(['--version']);
    assert.equal(run.code, 0, run.stderr);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run.stdout, `${manifest.version}\n`);
  });
});

describe('tidings analyze', () => {
  it('prints a readable summary with dates resolved against --published', () => {
    const run = tidings(['analyze', article, '--published', '2025-06-18', '--source', 'Castra Daily']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\(Castra Daily, 2025-06-18\)/);
    assert.match(run.stdout, /"Tuesday" → 2025-06-17/);
  });

  it('prints the whole AnalyzedDocument with --json, every token span pointing into the untouched text', () => {
    const run = tidings(['analyze', article, '--json', '--published', '2025-06-18']);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as AnalyzedDocument;
    assert.equal(doc.meta.published, '2025-06-18');
    assert.ok(doc.tokens.length > 20);
    for (const token of doc.tokens) assert.equal(doc.text.slice(token.span.start, token.span.end), token.text);
    assert.equal(doc.sentences.length, 2);
  });

  it('extracts the article from an HTML page, taking its date from the page', () => {
    const run = tidings(['analyze', join(root, 'samples/pages/andes-observer-peru-quake.html'), '--json']);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as AnalyzedDocument;
    assert.equal(doc.meta.source, 'Andes Observer');
    assert.equal(doc.meta.published, '2025-09-17T13:00:00Z');
    assert.match(doc.text, /^The number of people killed/);
    assert.doesNotMatch(doc.text, /Most read|Subscribe/);
  });

  it('analyses the feed item chosen with --item and says how many the feed holds', () => {
    const run = tidings(['analyze', join(root, 'samples/feeds/harbor-post.atom.xml'), '--item', '2', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /holds 3 items; analysing item 2/);
    assert.match((JSON.parse(run.stdout) as AnalyzedDocument).meta.title ?? '', /Jeddah/);
  });

  it('streams --jsonl from stdin, one document per line in input order, and reports bad lines by number', () => {
    const lines = ['{"text":"Rain fell in Orla on Monday.","published":"2025-01-08"}', '{"oops":1}'];
    for (let i = 0; i < 6; i++) lines.push(JSON.stringify({ text: `Ferry ${i} left Tamsin at noon.`, title: `t${i}` }));
    const run = tidings(['analyze', '--jsonl', '-', '--source', 'Wire'], { input: `${lines.join('\n')}\n` });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /stdin line 2: expected a non-empty string in `text`/);
    const docs = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as AnalyzedDocument);
    assert.deepEqual(docs.map((doc) => doc.meta.title ?? null), [null, 't0', 't1', 't2', 't3', 't4', 't5']);
    assert.ok(docs.every((doc) => doc.meta.source === 'Wire'));
    assert.equal(docs[0]?.meta.published, '2025-01-08');
  });
});

describe('tidings analyze: bad input', () => {
  const expectFailure = (args: string[], pattern: RegExp, input?: string) => {
    const run = tidings(args, input === undefined ? {} : { input });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stderr, pattern);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace without --debug');
    assert.equal(run.stdout, '');
  };

  it('rejects a misspelt --published date, quoting it', () => {
    expectFailure(['analyze', article, '--published', 'yesterdayy'], /Expected an ISO date for `--published`, got `yesterdayy`/);
  });

  it('rejects empty stdin, a missing file, binary junk and a feed that is not XML', () => {
    expectFailure(['analyze', '-'], /stdin is empty/, '');
    expectFailure(['analyze', join(dir, 'missing.txt')], /No such file or folder/);
    const junk = join(dir, 'junk.dat');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9]));
    expectFailure(['analyze', junk], /looks like binary data/);
    const broken = join(dir, 'broken.rss');
    writeFileSync(broken, '<rss><channel><title>x</title><item><title>unclosed');
    expectFailure(['analyze', broken], /broken\.rss/);
  });

  it('asks for an input when given none', () => {
    expectFailure(['analyze'], /Nothing to analyse/);
  });
});

describe('tidings analyze: your own actors and patterns', () => {
  const actors = join(dir, 'actors.json');
  writeFileSync(actors, JSON.stringify([{ name: 'Vellmark', code: 'VLM' }, { name: 'Dorunia', code: 'DRN' }]));
  const patterns = join(dir, 'patterns.json');
  writeFileSync(patterns, JSON.stringify([{ code: '051', phrase: 'garland' }]));
  const story = join(dir, 'pact.txt');
  writeFileSync(story, 'Vellmark garlanded Dorunia on Monday, officials in both capitals said.\n');
  const codes = (stdout: string) => (JSON.parse(stdout) as AnalyzedDocument).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}→${event.targetCode ?? '?'}`);

  it('codes an event from the files given with --actors and --patterns, and not without the patterns', () => {
    const run = tidings(['analyze', story, '--published', '2026-03-02', '--json', '--actors', actors, '--patterns', patterns]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(codes(run.stdout), ['051 VLM→DRN']);
    const actorsOnly = tidings(['analyze', story, '--published', '2026-03-02', '--json', '--actors', actors]);
    assert.equal(actorsOnly.code, 0, actorsOnly.stderr);
    assert.deepEqual(codes(actorsOnly.stdout), []);
  });

  it('reads the same files from $TIDINGS_ACTORS and $TIDINGS_PATTERNS, as serve and worker processes do', () => {
    const run = tidings(['analyze', story, '--published', '2026-03-02', '--json'], { env: { TIDINGS_ACTORS: actors, TIDINGS_PATTERNS: patterns } });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(codes(run.stdout), ['051 VLM→DRN']);
  });

  it('refuses a pattern file it cannot read or parse, naming it, before analysing anything', () => {
    const missing = tidings(['analyze', story, '--patterns', join(dir, 'nope.json')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Cannot read the event pattern file `.*nope\.json`/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"code": "057"}]');
    const bad = tidings(['analyze', story, '--patterns', broken]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /Expected `\{ "code", "phrase" \}` for pattern #1/);
    assert.equal(bad.stdout, '');
  });
});
