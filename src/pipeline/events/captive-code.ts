import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { INSURGENT_ROLES, isBareCountry, roleOf } from './agent-roles.ts';
import { FIGHTERS } from './force-means.ts';
import { objectHead } from './object-head.ts';
import { CIVIL_PEOPLE } from './unconventional-violence.ts';

/** People one can be taken captive as, besides civilians and fighters: "seized a foreign pilot", "grabbed three hostages". */
const CAPTIVES: ReadonlySet<string> = new Set([...CIVIL_PEOPLE, ...FIGHTERS, 'hostage', 'pilot', 'journalist', 'reporter', 'worker', 'man', 'person', 'official', 'diplomat', 'priest', 'nun', 'doctor', 'nurse', 'teacher', 'contractor', 'crew', 'sailor', 'girl', 'boy']);
const SEIZING_VERBS: ReadonlySet<string> = new Set(['seize', 'grab']);
const CAPTURING_VERBS: ReadonlySet<string> = new Set(['capture', 'detain', 'arrest', 'apprehend', 'nab', 'round']);

/**
 * CAMEO keeps arrest (173) for a state's legal action: rebels, gunmen or a gang who capture, detain or seize people take
 * them captive (181), as outside coders code it ("the rebels captured two soldiers", "gunmen seized a foreign pilot").
 * People only: a town captured or a ship seized by them stays as its row codes it.
 */
export function captiveCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (!match.pattern.isBuiltin || !source?.members.every((member) => INSURGENT_ROLES.has(roleOf(member.code)) || member.code?.startsWith('IMG') === true)) return undefined;
  const head = objectHead(tokens, match.lastWord);
  const verb = tokens[match.trigger]?.lemma ?? '';
  if (match.pattern.code === '173' && CAPTURING_VERBS.has(verb)) {
    const isPeople = target?.members.every((member) => member.code !== undefined && !isBareCountry(member.code)) === true;
    return isPeople || CAPTIVES.has(head ?? '') ? '181' : undefined;
  }
  if (match.pattern.code === '171' && SEIZING_VERBS.has(verb) && CAPTIVES.has(head ?? '')) return '181';
  return undefined;
}
