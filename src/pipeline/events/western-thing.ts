import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';

// Nouns after "Western" that still name states or their peoples ("Western countries", "Western politicians"), or an act
// the Western powers do ("rejected Western demands", "Western pressure"): the West is then the actor of the event.
const WEST_AS_ACTOR = new Set([
  'country', 'nation', 'power', 'ally', 'state', 'capital', 'partner', 'backer', 'democracy', 'bloc', 'world', 'donor', 'creditor', 'supporter', 'coalition', 'alliance', 'counterpart', 'public',
  'politician', 'leader', 'lawmaker', 'legislator', 'minister', 'envoy', 'negotiator', 'sponsor', 'patron', 'mediator', 'critic', 'adversary', 'enemy', 'rival', 'investor', 'lender', 'company', 'firm', 'bank',
  'demand', 'pressure', 'sanction', 'criticism', 'call', 'proposal', 'offer', 'aid', 'support', 'backing', 'help', 'assistance', 'warning', 'threat', 'accusation', 'condemnation', 'interference', 'intervention', 'involvement', 'ultimatum', 'mediation', 'plan', 'effort', 'recognition', 'objection', 'claim', 'charge', 'condition', 'guarantee', 'commitment', 'promise', 'pledge', 'plea', 'appeal', 'request', 'embargo', 'boycott', 'ban', 'restriction', 'measure', 'penalty',
]);

/**
 * "a depot storing Western weapons", "Western indifference", "the West department": "Western" or "West" before a noun
 * that names no state, people or act of theirs describes a thing or a place, not the Western powers as an actor, so it
 * is not one; an agent noun after it ("Western diplomats") is part of the mention already, and "the West" alone stays.
 */
export function withoutWesternThings(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  return mentions.some((mention) => isWesternThing(tokens, mention)) ? mentions.filter((mention) => !isWesternThing(tokens, mention)) : mentions;
}

function isWesternThing(tokens: readonly Token[], mention: ActorMention): boolean {
  // "the West department": the mention may hold its article.
  if (mention.code !== 'WST' || mention.last - mention.first > 1 || (mention.first < mention.last && tokens[mention.first]?.lemma !== 'the')) return false;
  const word = tokens[mention.last]?.text.toLowerCase();
  if (word !== 'western' && word !== 'west') return false;
  // "Western financial sanctions": adjectives may stand before the noun.
  let head = mention.last + 1;
  while (tokens[head]?.pos === 'ADJ') head++;
  const noun = tokens[head];
  return noun !== undefined && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !WEST_AS_ACTOR.has(noun.lemma.toLowerCase());
}
