import { matchActorDictionary } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { ActorDictionary } from '../../knowledge/actor-dictionary/actor-dictionary.ts';
import type { ActorDraft, ActorDrafts } from './actor-drafts.ts';
import type { MentionContext } from './mention-context.ts';

/**
 * The user's own dictionaries win: a listed name gives its actor the user's code (valid on the publication date),
 * and a listed name the recogniser missed becomes an actor of its own.
 */
export function applyUserDictionary(ctx: MentionContext, drafts: ActorDrafts, dictionary: ActorDictionary, published: string | undefined): void {
  const byEntry = new Map<string, ActorDraft>();
  for (const match of matchActorDictionary(dictionary, ctx.doc.tokens, published ? { date: published } : {})) {
    if (match.entry.kind !== 'actor' || !match.code) continue;
    const overlapping = drafts.all().find((d) => d.mentions.some((m) => m.start < match.span.end && match.span.start < m.end));
    const entity = ctx.entityCovering(match.firstToken);
    const earlier = byEntry.get(match.entry.name);
    const draft =
      earlier ??
      overlapping ??
      drafts.ensure(`user:${match.name}`, () => ({ kind: entity?.type === 'person' ? 'person' : 'organisation', name: match.name }));
    // Every mention of one listed name is one actor, whatever the recogniser made of each.
    if (overlapping) drafts.merge(draft, overlapping);
    byEntry.set(match.entry.name, draft);
    draft.code = match.code;
    draft.aliases.add(match.name);
    drafts.mention(draft, match.span, entity?.id);
  }
}
