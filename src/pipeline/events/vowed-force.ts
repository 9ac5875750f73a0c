import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Vows and oaths: in news they are mostly of revenge or war, but "vowed to rebuild the bridge" is a pledge (030). */
const VOWING = new Set(['vow', 'swear']);
/** Words of force and punishment that make a vow a threat wherever they stand in its clause. */
const PUNISHING = new Set(['revenge', 'retaliation', 'retaliate', 'retribution', 'punishment', 'punish', 'vengeance', 'avenge', 'crush', 'annihilate', 'obliterate']);
/** Fighting words, a threat only against an actor named as the vow's target ("vowed to fight the charges" is no threat). */
const FIGHTING = new Set(['war', 'fight', 'fighting', 'attack', 'attacking', 'strike', 'destroy', 'hunt', 'eliminate', 'offensive']);
const CLAUSE_ENDS = new Set(['.', ';', ':']);
/** Words that turn the force after them away: "vowed to end the war", "vowed there would be no retaliation". */
const AVERTING = new Set(['end', 'stop', 'halt', 'avoid', 'prevent', 'no', 'not', 'never', 'without']);
const VOW_REACH = 12;

/**
 * "vowed to wage war on the militants", "vowed that the enemy would face harsh retribution", "vowed 'severe revenge'": a
 * vow of force or punishment threatens it (138), as outside coders code such vows, rather than pledging cooperation
 * (030). The bare pledge row's events only: a vow a pattern already read keeps its code. The vow's clause is read up to
 * its end or a dozen words, past quotes, modals and a "that" clause.
 */
export function withVowedForce(tokens: readonly Token[], events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some((event) => isBarePledge(tokens, event))) return events;
  return events.map((event) => (isBarePledge(tokens, event) && isVowOfForce(tokens, event) ? { ...event, code: '138' } : event));
}

function isBarePledge(tokens: readonly Token[], event: SentenceEvent): boolean {
  return sentenceEventCode(event) === '030' && event.pattern.words.length === 1 && VOWING.has(tokens[event.trigger]?.lemma ?? '');
}

function isVowOfForce(tokens: readonly Token[], event: SentenceEvent): boolean {
  for (let index = event.trigger + 1; index <= event.trigger + VOW_REACH; index++) {
    const token = tokens[index];
    if (!token || CLAUSE_ENDS.has(token.text) || AVERTING.has(token.lemma)) return false;
    const word = token.text.toLowerCase();
    if (PUNISHING.has(token.lemma) || PUNISHING.has(word)) return true;
    if ((FIGHTING.has(token.lemma) || FIGHTING.has(word)) && event.target !== undefined && event.target.first > index) return true;
  }
  return false;
}
