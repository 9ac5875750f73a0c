import type { ActorRole } from '../../model/actor.ts';
import type { Entity } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { institutionAgent, ROLE_MODIFIERS, type AgentType } from '../../knowledge/actors/titles.ts';
import type { MentionContext } from './mention-context.ts';

/** A role stated next to a name, with the words it was stated in (for matching descriptions) and the agent type. */
export interface FoundRole {
  readonly role: ActorRole;
  readonly words: readonly string[];
  readonly agent: AgentType;
  /** Span of the whole description, which becomes a mention of the actor (appositives, bare descriptions). */
  readonly mention?: Span;
  /** The organisation the role belongs to ("Russia's Security Council"), when one is named. */
  readonly organisation?: Entity;
}

/** Whether token `i` can be part of a title: worked out once per token text (its id), then an array read. */
function isRoleWord(ctx: MentionContext, i: number): boolean {
  if (ctx.entityAt[i] !== -1) return false;
  const id = ctx.wordId(i);
  if (id < 0) return false;
  const known = ctx.roleWords[id];
  if (known !== undefined) return known;
  const word = ctx.word(i);
  const answer = ctx.knowledge.titles.hasWord(word) || ROLE_MODIFIERS.has(word);
  ctx.roleWords[id] = answer;
  return answer;
}

/** Who a role belongs to, from the words just before it: "Russia's", "North Korean", "Kremlin". */
function ownerBefore(ctx: MentionContext, j: number): { country?: string; label: string; start: number } | undefined {
  const at = ctx.word(j) === "'s" ? j - 1 : j;
  const index = ctx.entityAt[at] ?? -1;
  const owner = ctx.entities[index];
  if (!owner || index < 0) return undefined;
  const country = ctx.countryOf(owner);
  const start = ctx.ranges[index]?.[0] ?? at;
  // Two literals, not a leading spread of an optional key (V8 gives each such object a hidden class of its own).
  return country ? { country, label: owner.text, start } : { label: owner.text, start };
}

function roleTitle(ctx: MentionContext, title: string, owner: { country?: string; label: string } | undefined): string {
  if (!owner) return title;
  const country = owner.country ? ctx.knowledge.gazetteer.country(owner.country)?.name : undefined;
  return country ? `${title} of ${countryPhrase(country)}` : `${owner.label} ${title}`;
}

/** A country name as it reads after "of": "the United States", "the Netherlands", but "Japan". */
function countryPhrase(name: string): string {
  return /^(United|Czech|Dominican|Central African|Democratic)\b|s$|Republic|Islands/.test(name) ? `the ${name}` : name;
}

/** A title written before a name: "Chilean leader Sousa", "Peru's chief presidential trade adviser Luis Ortega". */
export function roleBefore(ctx: MentionContext, first: number): FoundRole | undefined {
  let j = first - 1;
  while (j >= 0 && ctx.sameSentence(j, first) && isRoleWord(ctx, j)) j--;
  if (j + 1 > first - 1) return undefined;
  const words = Array.from({ length: first - 1 - j }, (_, k) => ctx.word(j + 1 + k));
  const found = ctx.knowledge.titles.endingAt(words, words.length - 1);
  if (!found) return undefined;
  const owner = ctx.sameSentence(j, first) ? ownerBefore(ctx, j) : undefined;
  const title = ctx.textOf(j + 1, first - 1);
  const country = owner?.country;
  return {
    role: { title: roleTitle(ctx, title, owner), ...(country ? { country } : {}), span: ctx.spanOf(owner?.start ?? j + 1, first - 1) },
    words,
    agent: found.title.agent,
  };
}

const APPOSITIVE_END = new Set([',', '.', ';', ':', ')', '(', '"', '!', '?', '—', '–']);

/** A role in an appositive after a name: "Ortega, the head of Peru's trade ministry,". */
export function roleAfter(ctx: MentionContext, last: number): FoundRole | undefined {
  if (ctx.word(last + 1) !== ',') return undefined;
  let start = last + 2;
  if (['the', 'a', 'an'].includes(ctx.word(start))) start++;
  let end = start;
  while (end - start < 12 && ctx.sameSentence(end, last) && !APPOSITIVE_END.has(ctx.word(end)) && ctx.pos(end) !== 'VERB') end++;
  end--;
  if (end < start) return undefined;
  const words = Array.from({ length: end - start + 1 }, (_, k) => ctx.word(start + k));
  let title: { agent: AgentType } | undefined;
  for (let k = 0; k < words.length && !title; k++) {
    const found = ctx.knowledge.titles.endingAt(words, k);
    const next = words[k + 1];
    if (found && (next === undefined || next === 'of' || next === 'at' || next === 'for' || next === 'to')) title = found.title;
  }
  if (!title) return undefined;
  let country: string | undefined;
  let organisation: Entity | undefined;
  let agent = title.agent;
  for (let i = start; i <= end; i++) {
    const entity = ctx.entityCovering(i);
    if (!entity) continue;
    country ??= ctx.countryOf(entity);
    if (entity.type === 'organisation') {
      organisation = entity;
      agent = institutionAgent(entity.text) ?? agent;
    }
  }
  const span = ctx.spanOf(start, end);
  return {
    role: { title: ctx.textOf(start, end), ...(country ? { country } : {}), span },
    words,
    agent,
    mention: span,
    ...(organisation ? { organisation } : {}),
  };
}

/** A described person without a name: "Russia's top security official" (owner, then role words ending in a title). */
export interface Description {
  readonly country: string;
  readonly words: readonly string[];
  readonly span: Span;
}

/** Finds descriptions owned by a country or nationality that no name follows. */
export function findDescriptions(ctx: MentionContext): Description[] {
  const out: Description[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (!isRoleWord(ctx, k) || isRoleWord(ctx, k + 1)) continue;
    const following = ctx.entityCovering(k + 1);
    if (following && following.type === 'person') continue;
    let j = k;
    while (j >= 0 && ctx.sameSentence(j, k) && isRoleWord(ctx, j)) j--;
    // The owner first: most role words have none, and the title look-up builds strings.
    const owner = ctx.sameSentence(j, k) ? ownerBefore(ctx, j) : undefined;
    if (!owner?.country) continue;
    const words = Array.from({ length: k - j }, (_, n) => ctx.word(j + 1 + n));
    const found = ctx.knowledge.titles.endingAt(words, words.length - 1);
    if (!found || found.title.agent === 'MED') continue;
    out.push({ country: owner.country, words, span: ctx.spanOf(owner.start, k) });
  }
  return out;
}
