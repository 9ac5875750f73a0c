import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isStateCountry, roleOf } from './agent-roles.ts';
import { FORCE_ROOTS } from './stance-code.ts';

/**
 * "A suicide bomber rammed a truck into a checkpoint, killing 12 guards, in a bombing claimed by the BLA": the
 * group that claimed the attack is who struck, in place of an unnamed attacker ("a suicide bomber", "gunmen") or of no
 * one. Only acts of force before the claim, and only when an actor heads the "by" phrase.
 */
export function withClaimedAttacker(tokens: readonly Token[], sentenceEnd: number, mentions: readonly ActorMention[], events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  const claim = events.length > 0 ? claimedBy(tokens, mentions, events[0]?.trigger ?? 0, sentenceEnd) : undefined;
  if (!claim) return events;
  return events.map((event) => {
    const isForce = FORCE_ROOTS.has(sentenceEventCode(event).slice(0, 2));
    if (!isForce || event.trigger > claim.at || !isUnnamedAttacker(event.source) || event.target === claim.claimer) return event;
    return { ...event, source: claim.claimer };
  });
}

/** Attackers named by what they did, not whose they are: the claim says whose. */
const UNNAMED_ROLES = new Set(['UAF', '']);

function isUnnamedAttacker(source: ActorMention | undefined): boolean {
  if (!source) return true;
  const role = roleOf(source.code);
  return source.code === undefined || (UNNAMED_ROLES.has(role) && !source.isPerson);
}

/** The actor heading "claimed by …" after the first trigger, with where "claimed" stands. */
function claimedBy(tokens: readonly Token[], mentions: readonly ActorMention[], from: number, to: number): { readonly claimer: ActorMention; readonly at: number } | undefined {
  for (let at = from + 1; at < to; at++) {
    if (tokens[at]?.text.toLowerCase() !== 'claimed' || tokens[at + 1]?.lemma !== 'by') continue;
    const claimer = mentions.find((mention) => mention.first > at + 1 && mention.first <= at + 6 && mention.code !== undefined && onlyNounPhrase(tokens, at + 2, mention.first - 1));
    // "claimed by al-Qaeda's Sahel branch": a movement of no one state acts through the branch where it struck,
    // which the attackers' place already says.
    return claimer !== undefined && isStateCountry(claimer.code?.slice(0, 3)) ? { claimer, at } : undefined;
  }
  return undefined;
}

function onlyNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT', 'VERB'].includes(tokens[index]?.pos ?? '') || tokens[index]?.text === ',') return false;
  return true;
}
