import { isRegionCode } from '../../knowledge/actors/describe-actor-code.ts';
import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { EDGES } from './home-deployment.ts';
import { countryOf, stateCountry } from './state-country.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Raising alert or readiness (152) and moving or massing forces (154): postures held against a rival. */
const POSTURES = ['152', '154'];

/**
 * "Greece put its navy on alert after Turkey sent a survey ship", "Armenia sent troops to the border, a day after Azerbaijan
 * accused Yerevan…": a state's show of force that names no one it is aimed at is aimed at the one other state the
 * sentence names, as outside coders code it, when that state acts in a clause of its own or is a side of another event
 * coded in the sentence ("cut ties with Lima and moved troops to the frontier"), or when it is the state across the
 * border the forces face ("moved troops to its border with Borduvia"). A state named only as the
 * object of something else ("as a typhoon neared the Philippines") is no rival. With two or more
 * other states named ("as Russia and Belarus held drills") the rival is not told, so the target stays open; a call-up
 * already coded at no one (`---`) stays so.
 */
export function withPostureTargets(tokens: readonly Token[], mentions: readonly ActorMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  if (!events.some(isUnaimedPosture)) return [...events];
  return events.map((event) => {
    const country = isUnaimedPosture(event) ? stateCountry(event.source) : undefined;
    if (!country) return event;
    const rival = onlyOtherState(mentions, country);
    return rival && (isClauseDoer(tokens, rival) || isAcrossBorder(tokens, rival) || isSideOfOtherEvent(events, event, countryOf(rival))) ? { ...event, target: rival } : event;
  });
}

function isUnaimedPosture(event: SentenceEvent): boolean {
  return !event.target && event.isTargetless !== true && event.source !== undefined && POSTURES.some((code) => sentenceEventCode(event).startsWith(code));
}

/** The first mention of the one state other than `country` named in the sentence, if there is just one. */
function onlyOtherState(mentions: readonly ActorMention[], country: string): ActorMention | undefined {
  let rival: ActorMention | undefined;
  for (const mention of mentions) {
    const other = countryOf(mention);
    // "citing Western sanctions": a region ("WST") is no rival state.
    if (other === undefined || other === country || isRegionCode(other)) continue;
    if (rival && countryOf(rival) !== other) return undefined;
    rival ??= mention;
  }
  return rival;
}

/** "after Turkey sent…", "after Azerbaijan had accused…": the mention is followed by its own verb. */
function isClauseDoer(tokens: readonly Token[], mention: ActorMention): boolean {
  return CLAUSE_VERB_TAGS.has(tokens[mention.last + 1]?.pos ?? '');
}

/** "the border with China", "its frontier with Borduvia": the state across an edge. */
function isAcrossBorder(tokens: readonly Token[], mention: ActorMention): boolean {
  return tokens[mention.first - 1]?.lemma === 'with' && EDGES.has(tokens[mention.first - 2]?.lemma ?? '');
}

function isSideOfOtherEvent(events: readonly SentenceEvent[], posture: SentenceEvent, country: string | undefined): boolean {
  return events.some((other) => other !== posture && (countryOf(other.source) === country || countryOf(other.target) === country));
}

const CLAUSE_VERB_TAGS = new Set(['VERB', 'AUX']);
