import type { ActorRole } from '../model/actor.ts';
import type { ActorSummary, StoredEvent, Store } from '../storage/store.ts';
import { nameEvents, type NamedEvent } from './name-events.ts';

export interface Counterpart {
  readonly key: string;
  readonly events: number;
  readonly cooperation: number;
  readonly conflict: number;
}

/** Everything the Actor view shows, gathered from the store's actor and event listings. */
export interface ActorProfile {
  readonly summary: ActorSummary;
  readonly aliases: readonly string[];
  readonly roles: readonly ActorRole[];
  readonly events: readonly NamedEvent[];
  readonly counterparts: readonly Counterpart[];
}

/** Builds an actor's profile; names and roles come from the few most recent articles that mention it. */
export async function loadActorProfile(store: Store, summary: ActorSummary): Promise<ActorProfile> {
  const events = await store.listEvents({ actor: summary.code ?? summary.name, limit: 1000 });
  const keys = new Set([summary.key, summary.code, summary.name].filter(Boolean));
  const aliases = new Set<string>();
  const roles = new Map<string, ActorRole>();
  const docIds = [...new Set(events.map((e) => e.documentId))].slice(0, 10);
  for (const id of docIds) {
    const doc = await store.getDocument(id);
    for (const actor of doc?.actors ?? []) {
      if (!keys.has(actor.code) && !keys.has(actor.name)) continue;
      for (const m of actor.mentions) aliases.add(doc?.text.slice(m.start, m.end) ?? '');
      for (const a of actor.aliases ?? []) aliases.add(a);
      for (const r of actor.roles) roles.set(r.title, r);
    }
  }
  aliases.delete('');
  return { summary, aliases: [...aliases], roles: [...roles.values()], events: nameEvents(events), counterparts: countCounterparts(events, keys) };
}

function countCounterparts(events: readonly StoredEvent[], self: Set<string | undefined>): Counterpart[] {
  const byKey = new Map<string, { events: number; cooperation: number; conflict: number }>();
  for (const e of events) {
    const other = self.has(e.sourceCode) ? e.targetCode : e.sourceCode;
    if (!other || self.has(other)) continue;
    const entry = byKey.get(other) ?? { events: 0, cooperation: 0, conflict: 0 };
    entry.events += 1;
    if (e.quadClass <= 2) entry.cooperation += 1;
    else entry.conflict += 1;
    byKey.set(other, entry);
  }
  return [...byKey.entries()].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.events - a.events).slice(0, 20);
}
