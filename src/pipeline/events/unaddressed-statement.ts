import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';

/** Declining to comment is said to no one; what it is about ("on reports that Russian troops…") is no target. */
const SAID_TO_NO_ONE = new Set(['011']);
/** An appeal for aid with no one asked ("appealed for foreign aid to rebuild Mosul") is made to no one named. */
const ASKED_OF_ANYONE = new Set(['023']);

/**
 * Shows of force and claims aimed at no one named ("conducted a nuclear test", "fired two missiles into the sea",
 * "acknowledged responsibility for the strike"): outside coders write `---` as the target.
 */
const SHOWN_TO_NO_ONE = new Set(['015', '150']);
/**
 * A denial of one's own part ("denied any involvement") answers no one named, as its claim (015) does; a denied
 * that-clause's actors are what is denied, never whom the denial answers.
 */
const DENIED_OWN_PART = /^deny (that|responsibility|role)/;
/** A call-up ("ordered a general mobilisation") is aimed at no one; troops sent to a border are aimed at the neighbour. */
const CALL_UP = /mobili[sz]ation/;

/**
 * Statements coded with PETRARCH's `---` target: a declined comment always, an appeal for aid when no actor is asked or
 * only the appealing state's own place is named. Outside coders of wire text code both so.
 */
export function isUnaddressed(code: string, source: ActorGroup | undefined, target: ActorGroup | undefined, phrase = ''): boolean {
  if (!isKnownSpeaker(source)) return false;
  if (SAID_TO_NO_ONE.has(code)) return true;
  if (SHOWN_TO_NO_ONE.has(code.slice(0, 3)) || (code === '154' && CALL_UP.test(phrase))) return !target;
  if (code === '016' && DENIED_OWN_PART.test(phrase)) return true;
  if (!ASKED_OF_ANYONE.has(code)) return false;
  const country = source.members[0]?.code?.slice(0, 3);
  return !target || target.members.every((member) => member.code === country);
}

// "A spokesman declined to comment" (`---GOV`): with no country known, a `---` on both sides says nothing.
function isKnownSpeaker(source: ActorGroup | undefined): source is ActorGroup {
  return source?.members.every((member) => member.code !== undefined && !member.code.startsWith('---') && member.isSpeakerPronoun !== true) === true;
}

/** What an appeal for aid asks for: "appealed to donors for more money", "for $300 million", "for help". */
const AID_WORDS = new Set(['aid', 'help', 'assistance', 'support', 'funding', 'fund', 'money', 'donation', 'relief', 'protection', 'million', 'billion', '$']);
const AID_REACH = 10;
const REQUESTS = new Set(['call', 'ask', 'request', 'plead', 'seek']);

/**
 * "The UN appealed for $2 billion to help Sudanese facing famine", "appealed to donors for funds to feed Rohingya
 * refugees": an appeal for aid asks whoever will give, so those it would help, named past a purpose infinitive, are no
 * target, and with no state or body asked it is coded to no one (`---`), as outside coders of wire text code it.
 */
export function isAppealToAnyone(tokens: readonly Token[], code: string, trigger: number, source: ActorGroup | undefined, target: ActorGroup | undefined): boolean {
  // "called for more help to shelter…": a call or request is one for aid only by the aid rows' code (023).
  const verb = tokens[trigger]?.lemma.toLowerCase() ?? '';
  if (!(verb === 'appeal' ? code.startsWith('02') : code === '023' && REQUESTS.has(verb)) || !isKnownSpeaker(source)) return false;
  const end = Math.min(tokens.length - 1, trigger + AID_REACH);
  let isForAid = false;
  for (let at = trigger + 1; at <= end && !(target && at >= target.first); at++) {
    const token = tokens[at] as Token;
    if (token.text === ';' || token.text === '.') break;
    if (AID_WORDS.has(token.lemma.toLowerCase()) || AID_WORDS.has(token.text.toLowerCase())) isForAid = true;
  }
  return isForAid && (!target || isPastPurpose(tokens, trigger, target.first));
}

/** "…for funds to feed Somali refugees": the group follows a "to" + verb after the trigger. */
function isPastPurpose(tokens: readonly Token[], trigger: number, first: number): boolean {
  for (let at = trigger + 1; at < first; at++) if (tokens[at]?.lemma === 'to' && tokens[at + 1]?.pos === 'VERB') return true;
  return false;
}
