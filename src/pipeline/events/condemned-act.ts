import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { reportingSpeaker } from './reporting-speaker.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isByOtherAt } from './by-other-at.ts';
import { MOVE_NOUNS } from './judged-move.ts';
import { lastDeedByOther } from './last-deed-by-other.ts';
import { isBareNaming } from './naming-judgement.ts';

/**
 * "suspended Guinea's membership …, calling the vote a sham", "recalled its envoy from Quito, calling the raid a
 * crime": an act condemned by name with no one named is aimed at whom the speaker's earlier act in the sentence was.
 * "Russian jets buzzed a Norwegian patrol plane, the Norwegian air force said, calling the action reckless":
 * a speaker reporting in between is who condemns, and the act condemned is the one aimed at the speaker's side.
 * "…, in what Seoul called a provocation", "…, which Kyiv described as a crime": the act before the relative is condemned.
 */
export function condemnedAct(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[]): SentenceEvent[] {
  // "Chile called it a provocation" with no act told: a bare naming row judges no one found, so it codes nothing.
  return events.map((event) => judgedAct(tokens, sentence, groups, events, event)).filter((event) => event.target !== undefined || !isBareNaming(event.pattern));
}

/** The event with the target its judgement is aimed at, when it names none of its own. */
function judgedAct(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], event: SentenceEvent): SentenceEvent {
  if (event.target || !event.source?.code || (event.pattern.namesAct !== true && !isActCondemned(tokens, event))) return event;
  const speaker = reportingSpeaker(tokens, groups, event.trigger, sentence.firstToken);
  const voice = speaker?.members[0];
  const country = voice?.code?.slice(0, 3);
  if (speaker && voice && country && !events.some((other) => other.trigger > speaker.last && other.trigger < event.trigger)) {
    const blow = events.findLast((other) => other.trigger < speaker.first && isByOtherAt(other, country));
    if (blow?.source) return { ...event, source: voice, target: blow.source };
  }
  // "Ruritania massed tanks on the border, in what Freedonia termed an outrage": a relative naming the act before it judges that act's doer.
  if (isRelativeNaming(tokens, event.trigger)) {
    const judge = event.source.code.slice(0, 3);
    const act = lastDeedByOther(events, event.trigger, (code) => code.slice(0, 3) === judge);
    if (act?.source) return { ...event, target: act.source };
  }
  const earlier = events.findLast((other) => other.trigger < event.trigger && other.target?.code !== undefined && other.source?.code === event.source?.code && other.target.code !== event.source?.code);
  const isRepeat = earlier !== undefined && events.some((other) => other !== event && sentenceEventCode(other) === '111' && other.source?.code === event.source?.code && other.target?.code === earlier.target?.code);
  if (earlier?.target) return isRepeat ? event : { ...event, target: earlier.target };
  // "Police detained the governor, and her party condemned the detention": a judge who did no earlier act judges the
  // last deed of another side.
  const judge = event.source.code;
  const done = lastDeedByOther(events, event.trigger, (code) => code === judge);
  return done?.source ? { ...event, target: done.source } : event;
}

/** How many words back from a naming verb its relative opener ("in what", ", which") is looked for. */
const NAMING_VERB_TO_RELATIVE_SPAN = 5;

/** "in what Manila termed", ", which Lithuania described as": the naming verb closes a relative on the clause before it. */
function isRelativeNaming(tokens: readonly Token[], trigger: number): boolean {
  for (let index = trigger - 2; index >= trigger - NAMING_VERB_TO_RELATIVE_SPAN; index--) {
    const token = tokens[index];
    if (!token || token.pos === 'VERB' || token.text === '.' || token.text === ';') return false;
    if (token.lemma === 'what') return tokens[index - 1]?.lemma === 'in';
    if (token.lemma === 'which') return tokens[index - 1]?.text === ',';
  }
  return false;
}

/** Nouns summing up an act, as the object of a condemning verb ("denounced the arrest", "condemned the move"). */
export const ACT_NOUNS: ReadonlySet<string> = new Set([...MOVE_NOUNS, 'arrest', 'detention', 'ban', 'expulsion', 'deportation', 'verdict', 'ruling', 'sentence', 'trial', 'prosecution', 'annexation', 'crackdown']);

/** "her party condemned the detention as revenge": a condemnation (111) whose object is a definite noun summing up an act. */
function isActCondemned(tokens: readonly Token[], event: SentenceEvent): boolean {
  if (sentenceEventCode(event) !== '111' || event.pattern.isNoun === true) return false;
  let index = event.lastWord + 1;
  if (tokens[index]?.lemma !== 'the' && tokens[index]?.lemma !== 'this') return false;
  index++;
  while (tokens[index]?.pos === 'ADJ') index++;
  return ACT_NOUNS.has(tokens[index]?.lemma ?? '');
}
