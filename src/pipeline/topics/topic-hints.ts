import type { AnalyzedDocument } from '../../model/document.ts';
import type { TopicHint } from './topic-classifier.ts';

/** CAMEO root codes and the topic they push: fighting to war, protest to politics, coercion to crime. */
const EVENT_TOPICS: Readonly<Record<string, readonly [string, number]>> = {
  '15': ['war-and-conflicts', 0.6],
  '18': ['war-and-conflicts', 1],
  '19': ['war-and-conflicts', 1.2],
  '20': ['war-and-conflicts', 1.2],
  '14': ['politics', 0.5],
  '04': ['politics', 0.4],
  '05': ['politics', 0.4],
  '03': ['politics', 0.3],
  '16': ['politics', 0.4],
  '17': ['crime-law-justice', 0.4],
};

/** CAMEO agent types (letters 4–6 of an actor code) and the topic they push. */
const AGENT_TOPICS: Readonly<Record<string, readonly [string, number]>> = {
  GOV: ['politics', 0.35],
  LEG: ['politics', 0.35],
  ELI: ['politics', 0.2],
  PTY: ['politics', 0.35],
  MIL: ['war-and-conflicts', 0.4],
  REB: ['war-and-conflicts', 0.5],
  INS: ['war-and-conflicts', 0.5],
  SEP: ['war-and-conflicts', 0.4],
  COP: ['crime-law-justice', 0.3],
  JUD: ['crime-law-justice', 0.3],
  CRM: ['crime-law-justice', 0.5],
  BUS: ['business', 0.2],
  MED: ['arts-culture-entertainment', 0.05],
  EDU: ['education', 0.3],
  HLH: ['health', 0.3],
  REF: ['society', 0.3],
  LAB: ['labour', 0.3],
  ENV: ['environment', 0.3],
  REL: ['religion', 0.3],
};

/** Caps so a long article with many events cannot drown the text signals. */
const MAX_PER_TOPIC = 2.5;

/** What other stages say about the topic: event root codes and actor agent types, as logit hints with evidence. */
export function topicHintsFrom(doc: AnalyzedDocument): TopicHint[] {
  const totals = new Map<string, { weight: number; evidence: Set<string> }>();
  const add = (slug: string, weight: number, evidence: string): void => {
    const entry = totals.get(slug) ?? { weight: 0, evidence: new Set<string>() };
    entry.weight = Math.min(MAX_PER_TOPIC, entry.weight + weight);
    entry.evidence.add(evidence);
    totals.set(slug, entry);
  };
  for (const event of doc.events) {
    const push = EVENT_TOPICS[event.rootCode];
    if (push) add(push[0], push[1], `event ${event.code} ${event.label}`);
  }
  for (const actor of doc.actors) {
    // Country codes carry the agent at letters 4–6 (RUSGOV); IGO/NGO codes do not (IGOBUSGSV is the G7).
    const agent = actor.code && !/^(IGO|NGO|MNC)/.test(actor.code) ? actor.code.slice(3, 6) : undefined;
    const push = agent ? AGENT_TOPICS[agent] : undefined;
    if (push) add(push[0], push[1], `actor ${actor.name} (${actor.code})`);
  }
  // Pushed rather than `map`ped, so the classifier meets a packed array whether or not this code is optimised.
  const hints: TopicHint[] = [];
  totals.forEach(({ weight, evidence }, slug) => hints.push({ slug, weight, evidence: [...evidence].slice(0, 4).join('; ') }));
  return hints;
}
