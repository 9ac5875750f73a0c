import type { Token } from '../../model/token.ts';
import { toAfterTimePhrase } from './has-other-predicate.ts';
import { REPORTING_VERBS } from './clause-shape.ts';
import type { PatternIndex } from './event-pattern.ts';
import { findTrigger, type TriggerMatch } from './find-trigger.ts';
import { FUTURE_MODALS, NOT_WORDS } from './find-modality.ts';

// What a stated intention ("will", "wants to", "agreed to", "would not") makes of a pattern's code, as CAMEO reads it.

const INTENT_VERBS = new Set(['agree', 'pledge', 'promise', 'vow', 'offer', 'decide', 'plan', 'seek', 'want', 'ready', 'willing']);

/**
 * "pledged to expel", "agreed to lift the sanctions": a bare intent verb whose "to"-verb codes an event of its own
 * gives way to it (CAMEO codes the specific action, with the intent kept as modality).
 */
export function isIntentBeforeCodedVerb(tokens: readonly Token[], trigger: number, match: TriggerMatch, end: number, patterns: PatternIndex): boolean {
  // "ready to", "willing to": an adjective of intent names its "to" as a row word would, so its row's final "to" is no target's.
  if (match.pattern.words.length > 1 || (match.pattern.targetPrepositions.length > 0 && match.pattern.isAdjective !== true) || !INTENT_VERBS.has(tokens[trigger]?.lemma ?? '')) return false;
  const to = toAfterTimePhrase(tokens, trigger + 1);
  if (to < 0) return false;
  const verb = tokens[to + 1]?.pos === 'ADV' ? to + 2 : to + 1;
  const next = findTrigger(tokens, verb, end, patterns);
  // "ready to mend ties with Chile": the act named is more specific than the readiness, whatever its root.
  return next !== undefined && !next.pattern.isNoun && (match.pattern.isAdjective === true || next.pattern.code.slice(0, 2) !== match.pattern.code.slice(0, 2));
}

/**
 * Wanting, offering, promising or agreeing to cooperate is CAMEO's intent to do so (03x): "offered to send two aircraft"
 * is 033, "vowed to free the hostages" 035, "agreed to exchange 200 prisoners" 035 and "agreed to share intelligence"
 * 031 (as outside coders read both); so is aid announced for later ("will supply arms" 0332).
 */
const DESIRE = new Set(['want', 'wish', 'hope', 'willing', 'ready', 'prepared', 'eager', 'keen', 'offer', 'pledge', 'promise', 'vow', 'agree']);
const INTENT_CODES: Readonly<Record<string, string>> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
// The kind of aid promised keeps its place in 033: economic, military, humanitarian aid, peacekeepers.
const AID_INTENT_CODES: Readonly<Record<string, string>> = { '071': '0331', '072': '0332', '073': '0333', '074': '0334' };
const WILL = new Set(['will', 'would', 'shall', "'ll", 'want', 'plan', 'intend', 'vow', 'pledge', 'promise', 'going', 'prepare', 'ready']);
const NO_PLAN = new Set(['plan', 'intention', 'intent', 'desire', 'wish']);
const JOURNEY_CODES = new Set(['042', '043']);
export const FORCE_ROOTS = new Set(['18', '19', '20']);
/** Assault and mass violence: done to people at hand; a strike or a battle (19) may be on anyone's. */
export const ABUSE_ROOTS: ReadonlySet<string> = new Set(['18', '20']);
const COOPERATION_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);
/** Cooperation, material help and concessions, whose announcement for later is an intent (meetings and aid are read above). */
const LATER_COOPERATION_ROOTS = new Set(['05', '06', '08']);

/**
 * What a stated intention amounts to in CAMEO: "said it will strike Bolivia" threatens force (138), "would not help
 * Peru" refuses (120), "would not ask Chile to…" is no event (''). Plain reports keep the pattern's code (undefined).
 */
export function stanceCode(tokens: readonly Token[], subjectEnd: number, trigger: number, code: string): string | undefined {
  let isIntent = false;
  let isRefusal = false;
  let isDesire = false;
  let isNegated = false;
  for (let index = Math.max(subjectEnd + 1, trigger - 4); index < trigger; index++) {
    const lemma = tokens[index]?.lemma ?? '';
    // "had no plans to expel", "has no intention to": nothing is planned.
    if (lemma === 'no' && NO_PLAN.has(tokens[index + 1]?.lemma ?? '')) return '';
    // "is prepared to resume negotiations": ready for them, as "ready to" ("prepared" is lemmatised to the verb here).
    if (DESIRE.has(lemma) || (lemma === 'prepare' && tokens[index - 1]?.lemma === 'be')) isDesire = true;
    if (NOT_WORDS.has(lemma)) isNegated = true;
    if (WILL.has(lemma)) isIntent = true;
    else if (NOT_WORDS.has(lemma) && isIntent) isRefusal = true;
  }
  const root = code.slice(0, 2);
  // "said he was not optimistic about…": optimism denied is a pessimistic comment.
  if (isNegated && code === '013') return '012';
  if (isRefusal) return COOPERATION_ROOTS.has(root) ? '120' : '';
  if (isIntent && !isRefusal && FORCE_ROOTS.has(root)) return '138';
  // "the premier said she would levy duties on Chilean copper": sanctions announced in reported speech threaten them
  // (1312), as outside coders read it; "agreed to impose sanctions" decides them and "the EU will impose sanctions"
  // reports them (163). The reporter is not checked: "officials said the EU would impose…" is read as a threat too.
  if (code === '163' && isModalAt(tokens, trigger) && isInReportedClause(tokens, subjectEnd)) return '1312';
  // "said it would ship field guns to Accra": aid announced for later is CAMEO's intent to provide aid (033x).
  if (isIntent && !isRefusal && root === '07' && isOwnAnnouncement(tokens, subjectEnd)) return AID_INTENT_CODES[code.slice(0, 3)] ?? INTENT_CODES[root];
  if (isDesire && !isRefusal) return AID_INTENT_CODES[code.slice(0, 3)] ?? INTENT_CODES[root];
  // "the envoy will visit Riga and Vilnius", "the premier will fly to Ottawa next week": a visit announced for later is
  // the intent to meet (036), as outside coders code it; the guests' side has done nothing yet.
  if (isIntent && !isRefusal && JOURNEY_CODES.has(code.slice(0, 3))) return INTENT_CODES[root];
  // "said Belgium would recognise the new state", "Washington would lift its sanctions", "Tehran will allow inspectors in":
  // cooperation, aid or a concession announced for later is the intent to give it (032, 031, 035), as outside coders
  // code it; the act itself is coded when it is done. A military pull-out announced for later (087x, "Britain will
  // bring its soldiers home from Chad") is the exception: outside coders code the withdrawal itself, as body-exit.ts reads it.
  if (isIntent && !isRefusal && LATER_COOPERATION_ROOTS.has(root) && !code.startsWith('087')) return INTENT_CODES[root];
  return undefined;
}

/** "said it would…", "warned that Ottawa would…": the subject opens a reporting verb's clause, a few words after it. */
function isInReportedClause(tokens: readonly Token[], subjectEnd: number): boolean {
  for (let index = subjectEnd - 1; index >= Math.max(0, subjectEnd - REPORT_REACH); index--) {
    const token = tokens[index];
    if (!token || token.text === '.' || token.text === ';') return false;
    if (token.pos === 'VERB' && REPORTING.has(token.lemma)) return true;
  }
  return false;
}

/** "would impose", "will soon impose": the trigger's own modal of the future, right before it or one adverb away. */
function isModalAt(tokens: readonly Token[], trigger: number): boolean {
  const before = tokens[trigger - 1];
  return FUTURE_MODALS.has(before?.lemma ?? '') || (before?.pos === 'ADV' && FUTURE_MODALS.has(tokens[trigger - 2]?.lemma ?? ''));
}

// The clause-shape reporting verbs, and the asides a third party reports another side's plan in.
const REPORTING: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'mention', 'reveal', 'add']);
const REPORT_REACH = 6;

/**
 * "Germany said it would send…", "Japan will lend…": the giver's own word. "Shoigu mentioned that North Korea would
 * send sappers": another side's report of a plan, which stays the act to come.
 */
function isOwnAnnouncement(tokens: readonly Token[], subjectEnd: number): boolean {
  if (tokens[subjectEnd]?.pos === 'PRON') return true;
  for (let index = subjectEnd - 1; index >= Math.max(0, subjectEnd - REPORT_REACH); index--) {
    const token = tokens[index];
    if (!token || token.text === '.') return true;
    if (token.lemma === 'that' || (token.pos === 'VERB' && REPORTING.has(token.lemma))) return false;
  }
  return true;
}

/** "agreed to jointly develop gas fields": agreeing to do something is an intent to cooperate (030), not cooperation done. */
export function agreeToCode(tokens: readonly Token[], trigger: number, match: TriggerMatch): string | undefined {
  if (tokens[trigger]?.lemma !== 'agree' || match.pattern.words.length > 1 || match.pattern.code !== '050') return undefined;
  const near = toAfterTimePhrase(tokens, trigger + 1);
  const to = near > 0 ? near : toAfterMeetingPhrase(tokens, trigger + 1);
  const verb = tokens[to + 1]?.pos === 'ADV' ? tokens[to + 2] : tokens[to + 1];
  if (to > 0 && verb?.pos === 'VERB') return '030';
  return agreedAcrossPhrase(tokens, trigger) ? '030' : undefined;
}

const PHRASE_OPENERS = new Set(['at', 'during', 'after', 'in', 'on', 'with']);
const MODALS = new Set(['should', 'would', 'will', 'must']);

/**
 * "agreed at their talks in Doha on Sunday to restore trade", "agreed at talks in Moscow that their troops should
 * disengage": the act agreed on comes after a phrase of place and time; it is still an intent.
 */
function agreedAcrossPhrase(tokens: readonly Token[], trigger: number): boolean {
  if (!PHRASE_OPENERS.has(tokens[trigger + 1]?.lemma ?? '')) return false;
  for (let index = trigger + 2; index <= trigger + 20; index++) {
    const token = tokens[index];
    if (!token || token.text === ';' || token.text === '.') return false;
    // "agreed on Friday not to attack each other": a pledge of restraint between two sides is agreement (05), not an intent.
    if (token.lemma === 'to' && tokens[index + 1]?.pos === 'VERB') return tokens[index - 1]?.lemma !== 'not';
    if (token.lemma === 'that') return [1, 2, 3, 4, 5, 6].some((step) => MODALS.has(tokens[index + step]?.lemma ?? ''));
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

const SETTING_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'following']);
const SETTING_REACH = 20;

/** "agreed at their first meeting, in the port city of Mombasa on Friday, to restore…": "to" past where and when they agreed; -1 if none. */
function toAfterMeetingPhrase(tokens: readonly Token[], from: number): number {
  if (!SETTING_PREPOSITIONS.has(tokens[from]?.lemma ?? '')) return -1;
  for (let index = from + 1; index <= from + SETTING_REACH; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'VERB' || token.pos === 'SCONJ' || token.text === ';' || token.lemma === 'that') return -1;
    if (token.lemma === 'to') return tokens[index - 1]?.text === ',' || tokens[index - 1]?.pos === 'PROPN' || tokens[index - 1]?.pos === 'NOUN' ? index : -1;
  }
  return -1;
}
