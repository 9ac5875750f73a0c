import type { KnownOfficeHolder } from '../../knowledge/actors/leaders.ts';
import type { AgentType } from '../../knowledge/actors/titles.ts';
import type { ActorDraft, ActorDrafts } from './actor-drafts.ts';
import { nameWords } from './actor-knowledge.ts';
import { findDescriptions, roleAfter, roleBefore } from './find-roles.ts';
import type { MentionContext } from './mention-context.ts';

/**
 * Groups person mentions into actors (a shorter name joins the longer name containing all its words), attaches the
 * roles written around each mention, then links unnamed descriptions ("Russia's top security official") to the
 * person whose stated role shares their country and words.
 */
export function linkPeople(ctx: MentionContext, drafts: ActorDrafts, published: string | undefined): void {
  const agents = new Map<ActorDraft, AgentType>();
  const placedByRole = new Set<ActorDraft>();
  const people = ctx.entities
    .map((entity, n) => ({ entity, range: ctx.ranges[n] ?? [0, 0], words: nameWords(entity.text) }))
    .filter(({ entity }) => entity.type === 'person')
    .sort((a, b) => b.words.length - a.words.length || a.entity.span.start - b.entity.span.start);
  for (const { entity, range, words } of people) {
    const draft =
      drafts.all().find((d) => d.kind === 'person' && words.every((w) => d.words.has(w))) ??
      drafts.ensure(`person:${words.join(' ')}`, () => ({ kind: 'person', name: entity.text }));
    for (const word of words) draft.words.add(word);
    draft.aliases.add(entity.text);
    drafts.mention(draft, entity.span, entity.id);
    for (const found of [roleBefore(ctx, range[0]), roleAfter(ctx, range[1])]) {
      if (!found) continue;
      drafts.addRole(draft, found.role);
      if (found.role.country) draft.country ??= found.role.country;
      // "Senegalese President Macky Sall, the current chairman of the African Union": a role of no country says less of
      // whom the person acts for than the role that placed them.
      const isLesserRole = !found.role.country && placedByRole.has(draft);
      if (!isLesserRole && (!agents.has(draft) || found.agent !== 'GOV')) agents.set(draft, found.agent);
      if (found.role.country) placedByRole.add(draft);
      if (found.mention) drafts.mention(draft, found.mention);
    }
  }
  for (const draft of drafts.all()) {
    if (draft.kind !== 'person') continue;
    const holder = findHolder(ctx, draft, published);
    if (holder) {
      if (nameWords(holder.name).length > nameWords(draft.name).length) draft.name = holder.name;
      draft.aliases.add(holder.name);
      drafts.addRole(draft, { title: holder.title, ...(holder.country !== 'IGO' ? { country: holder.country } : {}) });
      if (holder.country !== 'IGO') draft.country ??= holder.country;
      draft.code ??= holder.code;
    }
    if (!draft.code && draft.country) draft.code = `${draft.country}${agents.get(draft) ?? 'GOV'}`;
  }
  linkDescriptions(ctx, drafts);
}

/** The known office holder a person draft refers to: an exact name, or a partial one the stated country confirms. */
function findHolder(ctx: MentionContext, draft: ActorDraft, published: string | undefined): KnownOfficeHolder | undefined {
  const isCurrent = (holder: KnownOfficeHolder): boolean => !holder.since || !published || holder.since <= published.slice(0, 10);
  for (const alias of draft.aliases) {
    const holder = ctx.knowledge.holders.get(alias.toLowerCase());
    if (holder && isCurrent(holder)) return holder;
  }
  const words = [...draft.words];
  // Only holders whose name has the draft's first word can hold all its words; the index keeps the holders' order.
  const candidates = words.length > 0 ? (ctx.knowledge.holdersByWord.get(words[0] as string) ?? []) : ctx.knowledge.namedHolders;
  for (const { holder, words: holderWords } of candidates) {
    if (!isCurrent(holder)) continue;
    if (!words.every((w) => holderWords.includes(w))) continue;
    const isSurname = words.length === 1 && holderWords[holderWords.length - 1] === words[0];
    if (draft.country === holder.country || (!draft.country && isSurname)) return holder;
  }
  return undefined;
}

function linkDescriptions(ctx: MentionContext, drafts: ActorDrafts): void {
  const people = drafts.all().filter((d) => d.kind === 'person');
  for (const description of findDescriptions(ctx)) {
    const candidates = people.filter((d) => d.country === description.country);
    let best: ActorDraft | undefined;
    let bestScore = 0;
    for (const candidate of candidates) {
      const roleWords = new Set(candidate.roles.flatMap((r) => nameWords(r.title)));
      const score = description.words.filter((w) => roleWords.has(w)).length;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    // With no shared words, only a lone candidate whose text gives no conflicting role can be the one described.
    const lone = candidates.length === 1 && candidates[0]?.roles.every((r) => !r.span) ? candidates[0] : undefined;
    const chosen = best ?? lone;
    if (chosen) drafts.mention(chosen, description.span);
  }
}
