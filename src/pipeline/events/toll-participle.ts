import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { FORCE_ROOTS } from './stance-code.ts';

/** Verbs that tell a toll (the dead and wounded of a blow), not a blow of their own. */
export const TOLL_VERBS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure']);
// A blockade or a town overrun kills no one by itself: the killing after it is a blow of its own.
const NO_TOLL_CODES = new Set(['191', '192']);
// "police opened fire on marchers, killing 12": the toll of force used on a crowd is that repression's.
const REPRESSION = '175';

/**
 * "A suicide bomber struck a checkpoint in Kandahar, killing nine officers": the participle tells the toll of the attack
 * just coded, so its victims are hit by that act, under its code (1831 here), not by a second, general one (190).
 */
export function tollCode(tokens: readonly Token[], index: number, subject: ActorGroup | undefined, last: { readonly lastSubject: ActorGroup | undefined; readonly lastCode: string | undefined }): string | undefined {
  const token = tokens[index];
  if (!token || !TOLL_VERBS.has(token.lemma) || !token.text.endsWith('ing') || tokens[index - 1]?.text !== ',') return undefined;
  const { lastSubject, lastCode } = last;
  if (lastCode === undefined || !(FORCE_ROOTS.has(lastCode.slice(0, 2)) || lastCode === REPRESSION) || NO_TOLL_CODES.has(lastCode) || subject === undefined || lastSubject === undefined || codesOf(subject) !== codesOf(lastSubject)) return undefined;
  return lastCode;
}

function codesOf(group: ActorGroup): string {
  return group.members.map((member) => member.code ?? '').join('+');
}
