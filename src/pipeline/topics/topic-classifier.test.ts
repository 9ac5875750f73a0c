import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileNaiveBayes } from '../../knowledge/topics/naive-bayes.ts';
import { buildTopicLexiconIndex } from '../../knowledge/topics/topic-lexicon-index.ts';
import { BUILTIN_TOPIC_WEIGHTS, loadTopicModel } from '../../knowledge/topics/topic-model-files.ts';
import { classifyTopics } from './topic-classifier.ts';

const model = compileNaiveBayes(loadTopicModel(BUILTIN_TOPIC_WEIGHTS, 'npm run train:topics'));
const lexicon = buildTopicLexiconIndex();
const top = (text: string, title?: string): string | undefined =>
  classifyTopics({ text, ...(title ? { title } : {}) }, model, lexicon)[0]?.slug;

test('files a lead about shelling along a front line under war-and-conflicts', () => {
  assert.equal(top('Artillery units shelled villages along the front line overnight as the army prepared a new offensive.'), 'war-and-conflicts');
});

test('files a lead about a rate decision under business', () => {
  assert.equal(top('The central bank raised interest rates by a quarter point, citing stubborn inflation.', 'Rates rise again'), 'business');
});

test('files a lead about a penalty shoot-out under sports', () => {
  assert.equal(top('The goalkeeper saved two spot kicks as the visitors won the cup tie on penalties.'), 'sports');
});

test('files a lead about a rocket launch under technology', () => {
  assert.equal(top('Engineers launched a rocket carrying a weather satellite and a small telescope into orbit.'), 'technology');
});

test('gives the IPTC code with each slug and the evidence terms behind it', () => {
  const war = classifyTopics({ text: 'Troops and tanks crossed the border after a missile strike.' }, model, lexicon)[0];
  assert.equal(war?.iptc, 'medtop:16000000');
  assert.ok(war?.evidence.includes('troop'));
});

test('lets event and actor hints lift a topic the words leave open', () => {
  const text = 'The two delegations spoke for an hour on Monday.';
  const hinted = classifyTopics({ text, hints: [{ slug: 'politics', weight: 2.5, evidence: 'event 040 Consult' }] }, model, lexicon);
  assert.equal(hinted[0]?.slug, 'politics');
  assert.ok(hinted[0]?.evidence.includes('event 040 Consult'));
});

test('falls back to general-news when nothing in the text points anywhere', () => {
  assert.equal(top('It happened again on Monday.'), 'general-news');
});
