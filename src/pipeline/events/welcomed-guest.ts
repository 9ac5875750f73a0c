import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { roleOf } from './agent-roles.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

const PLACE_GAP = 3;
// Refugees, civilians and students welcomed to a city are taken in, not received on a visit.
const NO_VISITORS = new Set(['REF', 'CVL', 'EDU']);
// "welcomed on the tarmac", "welcomed with a guard of honour", "welcomed on arrival": the words of a state reception.
const RECEPTION_WORDS: ReadonlySet<string> = new Set(['airport', 'honour', 'honours', 'honor', 'honors', 'arrival', 'carpet', 'tarmac']);
const RECEPTION_GAP = 10;

/**
 * "Ruto welcomed Lula to Nairobi", "Macron welcomed Zelensky to Paris on Friday": a leader welcomed to a place is a guest
 * received (043 by the host, 042 by the guest), not praise (051). The place must be an actor of the host's country, so
 * "welcomed the Americans to the talks" stays as it was. A guest "welcomed at the airport" or "with military honours" in a
 * sentence that already codes the visit was received, not praised: the welcome codes nothing more.
 */
export function withWelcomedGuests(tokens: readonly Token[], groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const isWelcome = (event: SentenceEvent): boolean => event.pattern.code === '051' && event.code === undefined && tokens[event.trigger]?.lemma === 'welcome';
  if (!events.some(isWelcome)) return [...events];
  const visit = builtinPatternOf(patterns, 'visit', '042');
  if (!visit) return [...events];
  const isVisitCoded = events.some((event) => /^04[23]/.test(sentenceEventCode(event)));
  return events.flatMap((event) => {
    if (isWelcome(event) && isReception(tokens, event.trigger) && isVisitCoded) return [];
    const { source, target } = event;
    const host = source?.code?.slice(0, 3);
    if (!isWelcome(event) || !source || !target || !host || target.code?.slice(0, 3) === host || NO_VISITORS.has(roleOf(target.code))) return [event];
    // "welcomed the American and Taliban delegations to Doha": the place follows the whole object.
    const objectEnd = Math.max(...events.filter((other) => other.trigger === event.trigger).map((other) => other.target?.last ?? -1));
    const to = tokens.findIndex((token, index) => index > objectEnd && index <= objectEnd + PLACE_GAP && token.lemma === 'to');
    const place = to < 0 ? undefined : groups.find((group) => group.first > to && group.first <= to + 2);
    if (!place?.members.some((member) => member.code?.slice(0, 3) === host)) return [event];
    const base = { ...event, pattern: visit, rule: '042/043:welcomed-guest' };
    return [{ ...base, code: '043' }, { ...base, code: '042', source: target, target: source }];
  });
}

function isReception(tokens: readonly Token[], trigger: number): boolean {
  for (let index = trigger + 1; index <= trigger + RECEPTION_GAP; index++) {
    const token = tokens[index];
    // "by Prime Minister Ana-Maria Lopes on the tarmac": a hyphen inside a name ends no phrase.
    if (!token || (token.pos === 'PUNCT' && token.text !== '-')) return false;
    if (RECEPTION_WORDS.has(token.lemma)) return true;
  }
  return false;
}
