import type { SentenceEvent } from './code-sentence.ts';
import { actorMention } from './actor-mention.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/**
 * "Thousands of Serbians marched in Belgrade", "Zambian miners went on strike": a protest at home that names no one
 * it is against is against the crowd's own state, as CAMEO coders code it (the crowd → its country), where PETRARCH
 * writes `---`. The target is the bare country, taken from the crowd's own code: no state body is named.
 */
export function withHomeProtestTargets(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const { source } = event;
    const country = source?.code?.slice(0, 3);
    if (!event.isTargetless || event.target || !source || !country || !/^[A-Z]{3}$/.test(country) || NO_STATE.has(country) || !sentenceEventCode(event).startsWith('14')) return event;
    const { isTargetless: _, ...rest } = event;
    return { ...rest, target: actorMention({ first: source.first, last: source.last, code: country, name: country, country }) };
  });
}

const NO_STATE = new Set(['IGO', 'IMG', 'NGO', 'NGM']);
