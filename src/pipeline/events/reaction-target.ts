import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { NO_STATE_PREFIXES } from './agent-roles.ts';

/** Demands, criticism, rejections, threats, shows of force and cuts in relations: what a side does back when acted on. */
const REACTION_ROOTS = new Set(['10', '11', '12', '13', '15', '16']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * "Chinese police detained a Japanese engineer, and Tokyo demanded his release", "Pakistani jets struck Afghan villages,
 * a Kabul spokesman said, vowing retaliation": a reaction that names no addressee, by the side an earlier act in the
 * sentence was done to, is aimed at the side that did it. Only across two states (or a state and a body): within one
 * country the earlier act's doer is seldom whom the reaction answers ("police arrested ten, and the army vowed…"). The
 * side acted on is named anew: the very mention the act was done to ("halted strikes on Kyiv's grid but rejected…") taken
 * as a later verb's subject is a subject read wrongly, not a reply.
 */
export function withReactionTargets(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  if (events.length < 2) return [...events];
  return events.map((event, position) => {
    const country = countryOf(event.source);
    if (event.target || event.isTargetless || !country || NO_STATE_PREFIXES.has(country) || !isReaction(event) || namesOtherAddressee(tokens, event.trigger)) return event;
    const earlier = events.slice(0, position).findLast((other) => other.trigger < event.trigger && countryOf(other.target) === country && other.target?.first !== event.source?.first && countryOf(other.source) !== undefined && countryOf(other.source) !== country);
    return earlier?.source ? { ...event, target: earlier.source } : event;
  });
}

/** A reaction by its own pattern: an act read as refused ("would never hand over its arms", 120) or a defiance of norms (128) answers no one. */
function isReaction(event: SentenceEvent): boolean {
  const code = event.code ?? event.pattern.code;
  return REACTION_ROOTS.has(event.pattern.code.slice(0, 2)) && code.slice(0, 2) === event.pattern.code.slice(0, 2) && !code.startsWith('128');
}

function countryOf(mention: SentenceEvent['source']): string | undefined {
  const country = mention?.code?.slice(0, 3);
  return country && /^[A-Z]{3}$/.test(country) && mention?.isCountryless !== true ? country : undefined;
}

/** "demanded that its council resign", "warned them": a that-clause or a pronoun object is about someone else ("his release" is not). */
function namesOtherAddressee(tokens: readonly Token[], trigger: number): boolean {
  const next = tokens[trigger + 1];
  if (!next) return false;
  return next.lemma === 'that' || (next.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(next.text.toLowerCase()));
}
