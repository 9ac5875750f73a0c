import type { SentenceEvent } from './code-sentence.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

// "warned on Friday that Manila would hit back": a threat verb's clause reaches its modal within a few words.
const THREAT_CLAUSE_REACH = 6;

/**
 * "Ottawa warned it would hit back", "Tokyo warned it would take countermeasures": a modal threat row ("would|will * …")
 * inside the clause of a threat already coded restates that threat, so it is folded into it, naming its kind where the
 * verb named none (a bare warning, 130, becomes the 138 of a blow promised). True when folded.
 */
export function foldThreatClause(events: SentenceEvent[], match: TriggerMatch, lastBuiltinRoot: string | undefined, lastTrigger: number): boolean {
  const modal = match.firstWord;
  if (lastBuiltinRoot !== '13' || !match.pattern.code.startsWith('13') || modal === undefined || modal <= lastTrigger || modal - lastTrigger > THREAT_CLAUSE_REACH) return false;
  events.forEach((event, at) => {
    if (event.trigger === lastTrigger && sentenceEventCode(event) === '130') events[at] = { ...event, code: match.pattern.code };
  });
  return true;
}
