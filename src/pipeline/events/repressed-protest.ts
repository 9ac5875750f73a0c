import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { CROWD_ROLES, STATE_SIDE_ROLES, UNIFORMED_ROLES, roleOf } from './agent-roles.ts';

/** Words that make a crowd a protest: "hundreds of protesters", "students protesting" ("opposition supporters" alone may be anywhere; rioters after a match protest nothing). */
const PROTESTING = new Set(['protester', 'protesters', 'demonstrator', 'demonstrators', 'marcher', 'marchers', 'protesting', 'demonstrating']);
/** Acts of a state's forces on a crowd: coercion and arrest (17), firing and killing (19). */
const FORCE_ON_CROWD = /^(17|19)/;

/**
 * "Kenyan police arrested scores of protesters", "soldiers fired on protesters in Lagos": the protest the forces
 * answered took place, and outside coders of wire text code it too (141), by the crowd against its own government.
 * Only a crowd of a known country named as protesting counts; a protest already coded in the sentence is not repeated.
 */
export function repressedProtest(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('14'))) return [];
  const protests: SentenceEvent[] = [];
  for (const event of events) {
    const { source, target } = event;
    if (!source?.code || !target?.code || !FORCE_ON_CROWD.test(sentenceEventCode(event))) continue;
    if (!STATE_SIDE_ROLES.has(roleOf(source.code)) || !CROWD_ROLES.has(roleOf(target.code)) || !isProtesting(tokens, target, sentence.lastToken)) continue;
    // Forces of another country ("Serbian protesters fought Kosovo police") answer no protest against their own state.
    const country = target.code.startsWith('---') ? source.code.slice(0, 3) : target.code.slice(0, 3);
    if (!source.code.startsWith('---') && source.code.slice(0, 3) !== country) continue;
    if (!/^([A-Z]{3}|---)$/.test(country) || country === 'IGO' || protests.some((made) => made.source === target)) continue;
    const pattern = builtinPatternOf(patterns, 'demonstrate', '141');
    if (!pattern) return [];
    // A crowd placed later (countryless "Soldiers fired on protesters in Lagos") gets its state's code with the crowd's.
    const government = actorMention({ first: target.first, last: target.last, code: `${country}GOV`, name: country, country, isCountryless: country === '---' ? true : undefined });
    protests.push({ pattern, rule: '141:repressed-protest', trigger: event.trigger, lastWord: event.lastWord, source: target, target: government, modality: 'happened', isPassive: false });
  }
  return protests;
}

/** The crowd's own words or the two after them name it as protesting. */
function isProtesting(tokens: readonly Token[], crowd: ActorMention, end: number): boolean {
  return tokens.slice(crowd.first, Math.min(crowd.last + 2, end) + 1).some((token) => PROTESTING.has(token.text.toLowerCase()));
}

/**
 * "Protesters clashed with riot police in Tbilisi": a crowd named as protesting that clashes with a state's police or
 * troops protests violently against them (145), and the forces repress it (175), as outside coders of wire text code
 * the pair; "rioters clashed with police" and two armed sides keep the clash (190). Only the verb: "clashes between
 * police and protesters" is coded as fighting on both sides just as often.
 */
export function withClashedProtest(tokens: readonly Token[], sentence: Sentence, events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const { source, target } = event;
    if (!source?.code || !target?.code || !event.pattern.isBuiltin || event.pattern.isNoun || sentenceEventCode(event) !== '190' || tokens[event.trigger]?.lemma !== 'clash') return event;
    if (isCrowdOf(tokens, sentence, source) && UNIFORMED_ROLES.has(roleOf(target.code))) return { ...event, code: '145', rule: '145:protester-clash' };
    if (UNIFORMED_ROLES.has(roleOf(source.code)) && isCrowdOf(tokens, sentence, target)) return { ...event, code: '175', rule: '175:clash-with-protesters' };
    return event;
  });
}

function isCrowdOf(tokens: readonly Token[], sentence: Sentence, crowd: ActorMention): boolean {
  return CROWD_ROLES.has(roleOf(crowd.code)) && isProtesting(tokens, crowd, sentence.lastToken);
}
