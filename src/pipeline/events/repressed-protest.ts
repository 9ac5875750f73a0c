import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { CROWD_ROLES, STATE_SIDE_ROLES, isStateCountry, roleOf } from './agent-roles.ts';
import { isCrowdOfProtest, isDuringProtest } from './force-means.ts';
import { isProtestCrowd } from './protest-violence.ts';

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
    // "detained scores of students at rallies against…": people, not named as protesting, held or shot at a protest;
    // "fired tear gas at opposition supporters": a crowd force was used on (an arrest of them may be anywhere).
    const isAtProtest = isDuringProtest(tokens, event.lastWord) || (!sentenceEventCode(event).startsWith('173') && isCrowdOfProtest(tokens, event.lastWord));
    // "hundreds of protesters", "students protesting" ("opposition supporters" alone may be anywhere).
    if (!STATE_SIDE_ROLES.has(roleOf(source.code)) || !CROWD_ROLES.has(roleOf(target.code)) || !(isProtestCrowd(tokens, target, sentence.lastToken) || isAtProtest)) continue;
    // Forces of another country ("Serbian protesters fought Kosovo police") answer no protest against their own state.
    const country = target.code.startsWith('---') ? source.code.slice(0, 3) : target.code.slice(0, 3);
    if (!source.code.startsWith('---') && source.code.slice(0, 3) !== country) continue;
    // One protest a country: "opened fire on opposition supporters, killing 12 protesters" names one crowd twice.
    if ((country !== '---' && !isStateCountry(country)) || protests.some((made) => made.source === target || (country !== '---' && made.target?.code === `${country}GOV`))) continue;
    const pattern = builtinPatternOf(patterns, 'demonstrate', '141');
    if (!pattern) return [];
    // A crowd placed later (countryless "Soldiers fired on protesters in Lagos") gets its state's code with the crowd's.
    const government = actorMention({ first: target.first, last: target.last, code: `${country}GOV`, name: country, country, isCountryless: country === '---' ? true : undefined });
    protests.push({ pattern, rule: '141:repressed-protest', trigger: event.trigger, lastWord: event.lastWord, source: target, target: government, modality: 'happened', isPassive: false });
  }
  return protests;
}
