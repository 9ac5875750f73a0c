import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { PLURAL_POSSESSIVE_MARKS, POSSESSIVE_MARKS } from './possessive-marks.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

const TAKING = new Set(['capture', 'seize']);
/** Words that may stand between "captured" and the place taken: "most of", "much of the", "parts of". */
const SHARE_WORDS = new Set(['most', 'much', 'part', 'parts', 'all', 'half', 'large', 'swathes', 'swaths', 'of', 'the', 'a']);
/** Words for inhabited places, plural too: "captured several more settlements". */
const SETTLEMENTS = new Set(['settlement', 'hamlet', 'township']);
const SETTLEMENT_REACH = 3;

/**
 * "Rebels captured Goma", "captured most of El Fasher", "troops captured several more settlements": a place captured is
 * taken by force (192, occupy territory), as the row for "capture the town" codes it, not people arrested (173); the
 * place's name, right after the verb or a share of it, or a word for a settlement tells it. "Captured Ovidio Guzman in
 * Culiacan" names the place only after a preposition and stays an arrest.
 */
export function withCapturedPlaces(tokens: readonly Token[], events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some((event) => isCapturedPlace(tokens, event))) return events;
  return events.map((event) => (isCapturedPlace(tokens, event) ? { ...event, code: '192' } : event));
}

function isCapturedPlace(tokens: readonly Token[], event: SentenceEvent): boolean {
  if (sentenceEventCode(event) !== '173' || !TAKING.has(tokens[event.trigger]?.lemma ?? '') || event.isPassive) return false;
  const { target } = event;
  if (target?.placeId !== undefined && target.first > event.lastWord && !isPossessor(tokens, target.last) && tokens.slice(event.lastWord + 1, target.first).every((token) => SHARE_WORDS.has(token.lemma))) return true;
  for (let index = event.lastWord + 1; index <= event.lastWord + SETTLEMENT_REACH; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'ADP' || token.pos === 'PUNCT') return false;
    if (SETTLEMENTS.has(token.lemma)) return !isPossessor(tokens, index);
  }
  return false;
}

/** "captured Mosul's deputy governor": a place owning what was captured is not what was captured. */
function isPossessor(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.text ?? '';
  return POSSESSIVE_MARKS.has(next) || PLURAL_POSSESSIVE_MARKS.has(next);
}
