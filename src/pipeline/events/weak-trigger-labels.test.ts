import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTriggers, type TriggerCandidate } from './weak-trigger-labels.ts';

const candidate = (lemma: string, ruleRoot?: string): TriggerCandidate => ({ lemma, features: [`w=${lemma}`], ...(ruleRoot ? { ruleRoot } : {}) });

test('a rule trigger whose root the gold holds is that root, and one whose root the gold lacks is no trigger', () => {
  const labels = labelTriggers([{ candidates: [candidate('meet', '04'), candidate('say', '01')], goldCodes: ['040'] }]);
  assert.deepEqual(labels.map((label) => `${label.lemma}:${label.root}`), ['meet:04', 'say:NONE']);
});

test('a gold root the rules missed goes to the candidate whose lemma comes with that root across the sentences', () => {
  // "shell" comes with root 19 in every sentence; "town" and "day" come with it once each.
  const sentences = [
    { candidates: [candidate('shell'), candidate('town')], goldCodes: ['190'] },
    { candidates: [candidate('shell'), candidate('day')], goldCodes: ['190'] },
    { candidates: [candidate('shell'), candidate('village')], goldCodes: ['194'] },
    { candidates: [candidate('town'), candidate('day')], goldCodes: [] },
  ];
  const labels = labelTriggers(sentences);
  assert.deepEqual(labels.filter((label) => label.root !== 'NONE').map((label) => `${label.lemma}:${label.code}`), ['shell:190', 'shell:190', 'shell:194']);
});
