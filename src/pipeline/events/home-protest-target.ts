import type { SentenceEvent } from './code-sentence.ts';
import { actorMention } from './actor-mention.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { HOME_MEASURES } from './home-measure.ts';

/**
 * "Thousands of Serbians marched in Belgrade", "Zambian miners went on strike": a protest at home that names no one
 * it is against is against the crowd's own state, as CAMEO coders code it (the crowd → its country), where PETRARCH
 * writes `---`. The target is the bare country, taken from the crowd's own code: no state body is named. A curfew
 * or an emergency declared by a government placed only after coding ("the government declared…") is aimed at home too.
 */
export function withHomeProtestTargets(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const { source } = event;
    const country = source?.code?.slice(0, 3);
    const code = sentenceEventCode(event);
    // "the government declared a state of emergency": a measure at home whose maker was placed only after coding (homeOfMeasure).
    const isHomeAct = (event.isTargetless === true && code.startsWith('14')) || HOME_MEASURES.has(code);
    if (!isHomeAct || event.target || !source || !country || !/^[A-Z]{3}$/.test(country) || NO_STATE.has(country) || source.isCountryless === true) return event;
    const { isTargetless: _, ...rest } = event;
    return { ...rest, target: actorMention({ first: source.first, last: source.last, code: country, name: country, country }) };
  });
}

const NO_STATE = new Set(['IGO', 'IMG', 'NGO', 'NGM']);
