import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { NATURAL_CAUSES } from './natural-cause.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { singular } from '../quantities/counted-phrase.ts';

// Whom a state warns for their own safety: its people, not a rival.
const PUBLIC = new Set(['resident', 'citizen', 'population', 'public', 'inhabitant', 'people', 'motorist', 'traveller', 'traveler']);
// What a warning is about when it is an alert, not a threat: "air raid warnings", "a tsunami warning", and a firm's
// "profit warning" to its shareholders.
const HAZARDS = new Set([...NATURAL_CAUSES, 'air', 'raid', 'weather', 'evacuation', 'heat', 'snow', 'profit', 'earnings']);
const OBJECT_REACH = 3;

/**
 * "Manila warned citizens to stay indoors", "Hanoi issued storm warnings": a warning to a state's own public, or an
 * alert of a hazard, threatens no one (130). A warning to a side ("warned Moscow") or against an act stays.
 */
export function withoutPublicAlerts(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.filter((event) => !sentenceEventCode(event).startsWith('13') || !isPublicAlert(tokens, event));
}

function isPublicAlert(tokens: readonly Token[], event: SentenceEvent): boolean {
  const trigger = tokens[event.trigger];
  // The lemmatiser leaves some plurals whole ("profits"): the singular is tried too.
  if (trigger?.lemma === 'issue') return tokens.slice(event.trigger + 1, event.lastWord).some((token) => HAZARDS.has(token.lemma) || HAZARDS.has(singular(token.lemma)));
  if (trigger?.lemma !== 'warn') return false;
  for (let index = event.lastWord + 1; index <= event.lastWord + OBJECT_REACH; index++) {
    const token = tokens[index];
    if (token?.pos === 'NOUN') return PUBLIC.has(token.lemma);
    if (token?.pos !== 'DET' && token?.pos !== 'PRON' && token?.pos !== 'ADJ') return false;
  }
  return false;
}
