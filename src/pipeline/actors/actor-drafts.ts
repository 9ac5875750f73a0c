import type { Actor, ActorKind, ActorRole } from '../../model/actor.ts';
import type { Span } from '../../model/span.ts';

/** An actor being assembled from its mentions; frozen into an `Actor` at the end of the stage. */
export interface ActorDraft {
  readonly key: string;
  kind: ActorKind;
  name: string;
  readonly mentions: Span[];
  readonly roles: ActorRole[];
  readonly aliases: Set<string>;
  /** Lower-cased name words, for matching partial names ("Kim" in "Kim Jong Un"). */
  readonly words: Set<string>;
  country?: string;
  code?: string;
}

/** The actors of one document, keyed so that every mention of one referent lands on one draft. */
export class ActorDrafts {
  private readonly byKey = new Map<string, ActorDraft>();
  /** Entity id → actor key. */
  readonly entityActor = new Map<string, string>();

  get(key: string): ActorDraft | undefined {
    return this.byKey.get(key);
  }

  all(): ActorDraft[] {
    return [...this.byKey.values()];
  }

  /** Returns the draft under `key`, creating it with `init` the first time. */
  ensure(key: string, init: () => Omit<ActorDraft, 'key' | 'mentions' | 'roles' | 'aliases' | 'words'>): ActorDraft {
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = { key, mentions: [], roles: [], aliases: new Set(), words: new Set(), ...init() };
      this.byKey.set(key, draft);
    }
    return draft;
  }

  /** Records a mention (and the entity it came from) on a draft, keeping spans unique. */
  mention(draft: ActorDraft, span: Span, entityId?: string): void {
    if (!draft.mentions.some((m) => m.start === span.start && m.end === span.end)) draft.mentions.push(span);
    if (entityId) this.entityActor.set(entityId, draft.key);
  }

  /** Moves everything of `from` onto `into` (both name one referent) and forgets `from`. */
  merge(into: ActorDraft, from: ActorDraft): void {
    if (into === from) return;
    for (const span of from.mentions) this.mention(into, span);
    for (const alias of from.aliases) into.aliases.add(alias);
    for (const role of from.roles) this.addRole(into, role);
    for (const [entity, key] of this.entityActor) if (key === from.key) this.entityActor.set(entity, into.key);
    this.byKey.delete(from.key);
  }

  addRole(draft: ActorDraft, role: ActorRole): void {
    const title = role.title.toLowerCase();
    if (!draft.roles.some((r) => r.title.toLowerCase() === title)) draft.roles.push(role);
  }

  /** Frozen actors in order of first mention, with ids `a1`, `a2`… and a map from draft key to id. */
  freeze(): { actors: Actor[]; idOf: Map<string, string> } {
    const drafts = this.all().filter((d) => d.mentions.length > 0);
    drafts.sort((a, b) => firstStart(a) - firstStart(b));
    const idOf = new Map<string, string>();
    const actors = drafts.map((draft, i): Actor => {
      const id = `a${i + 1}`;
      idOf.set(draft.key, id);
      const aliases = [...draft.aliases].filter((alias) => alias !== draft.name);
      return {
        id,
        kind: draft.kind,
        name: draft.name,
        mentions: [...draft.mentions].sort((a, b) => a.start - b.start),
        roles: draft.roles,
        ...(draft.country ? { country: draft.country } : {}),
        ...(draft.code ? { code: draft.code } : {}),
        ...(aliases.length > 0 ? { aliases } : {}),
      };
    });
    return { actors, idOf };
  }
}

function firstStart(draft: ActorDraft): number {
  return Math.min(...draft.mentions.map((m) => m.start));
}
