import type { Entity } from '../../model/entity.ts';
import { NAMED_GROUPS } from '../../knowledge/actor-dictionary/named-groups.ts';
import { ORGANISATION_ACRONYMS } from '../../knowledge/actors/organisations.ts';
import { institutionAgent, type AgentType } from '../../knowledge/actors/titles.ts';
import type { ActorDrafts } from './actor-drafts.ts';
import { armedGroupCountry } from './armed-group-country.ts';
import { roleBefore } from './find-roles.ts';
import type { MentionContext } from './mention-context.ts';

/**
 * Organisation mentions to actors: news agencies (kind media, `<country>MED`), listed international bodies with
 * their codes, and national institutions owned by a country in the text ("Russia's Security Council" → RUSGOV).
 */
export function linkOrganisations(ctx: MentionContext, drafts: ActorDrafts): void {
  const orgs = ctx.entities.map((entity, n) => ({ entity, range: ctx.ranges[n] ?? [0, 0] })).filter(({ entity }) => entity.type === 'organisation' || (entity.type === 'place' && ctx.knowledge.organisations.has(entity.text.toLowerCase())));
  const owned = orgs.map(({ entity, range }) => ({ entity, range, owner: ownerCountry(ctx, range) }));
  // Owned mentions first, so a later bare "Security Council" joins "Russia's Security Council".
  owned.sort((a, b) => Number(!a.owner) - Number(!b.owner) || a.entity.span.start - b.entity.span.start);
  for (const { entity, range, owner } of owned) {
    const key = entity.text.toLowerCase();
    const agency = ctx.knowledge.agencies.get(key);
    const acronymOf = ORGANISATION_ACRONYMS[entity.text];
    const known = ctx.knowledge.organisations.get(acronymOf?.toLowerCase() ?? key);
    const role = roleBefore(ctx, range[0]);
    let draft;
    if (agency) {
      draft = drafts.ensure(`media:${agency.name}`, () => ({ kind: 'media', name: entity.text, country: agency.country, code: `${agency.country}MED` }));
      draft.aliases.add(agency.name);
      // The list's description ("Russian state news agency") only when the text does not already say whose it is.
      if (!role?.role.country) drafts.addRole(draft, { title: agency.description, country: agency.country });
    } else if (known) {
      draft = drafts.ensure(`org:${known.name}`, () => ({ kind: 'organisation', name: known.name, code: known.code, ...(known.country ? { country: known.country } : {}) }));
    } else {
      draft = ownedDraft(ctx, drafts, entity, range, owner);
    }
    draft.aliases.add(entity.text);
    drafts.mention(draft, entity.span, entity.id);
    if (role) drafts.addRole(draft, role.role);
  }
}

/** Each named group's names, lower-cased, with its country: "Colombia's ELN" is the ELN, "Peru's Congress" not the US one. */
const NAMED_GROUP_COUNTRIES: ReadonlyMap<string, string> = new Map(NAMED_GROUPS.flatMap((group) => [group.name, ...group.aliases].map((name) => [name.toLowerCase(), group.code.slice(0, 3)] as const)));

function ownedDraft(ctx: MentionContext, drafts: ActorDrafts, entity: Entity, range: readonly [number, number], owner: string | undefined) {
  const lower = entity.text.toLowerCase();
  const agent = institutionAgent(entity.text) ?? describedAgent(ctx, range[1]);
  const armedGroupOf = owner ? undefined : armedGroupCountry(ctx, range);
  // An armed group named after its land fights that state; it does not act for it ("Sudan Liberation Army" is not SDNMIL).
  if (armedGroupOf) return drafts.ensure(`org:${lower}`, () => ({ kind: 'organisation', name: entity.text, country: armedGroupOf, code: `${armedGroupOf}REB` }));
  // "Colombia's ELN": a group of that country the actor dictionary knows by name keeps its own code (COLREB), which
  // that dictionary gives with its dates, rather than the bare country of its owner.
  if (!owner || NAMED_GROUP_COUNTRIES.get(lower) === owner) {
    const existing = drafts.all().find((d) => d.key.startsWith('org:') && d.key.endsWith(`:${lower}`));
    if (existing) return existing;
    return drafts.ensure(`org:${lower}`, () => ({ kind: 'organisation', name: entity.text }));
  }
  const country = ctx.knowledge.gazetteer.country(owner)?.name ?? owner;
  return drafts.ensure(`org:${owner}:${lower}`, () => ({
    kind: 'organisation',
    name: entity.text.endsWith(country) ? entity.text : `${country}'s ${entity.text}`,
    country: owner,
    // A body the country owns acts for that country even when the text does not say what it is ("Russia's Gazprom").
    code: `${owner}${agent ?? ''}`,
  }));
}

/** The agent the words after a name describe it as: "the SBU security service", "the ISI spy agency". */
function describedAgent(ctx: MentionContext, last: number): AgentType | undefined {
  const words = [ctx.word(last + 1), ctx.word(last + 2)];
  if (ctx.entityCovering(last + 1) || !/^[a-z]/.test(words[0] ?? '')) return undefined;
  const two = ctx.entityCovering(last + 2) || !ctx.sameSentence(last, last + 2) ? undefined : institutionAgent(words.join(' '));
  return two ?? institutionAgent(words[0] ?? '');
}

/** The country a mention is owned by: "Russia's Security Council", "the Russian Security Council", "the Foreign Ministry of Russia". */
function ownerCountry(ctx: MentionContext, [first, last]: readonly [number, number]): string | undefined {
  const before = ctx.word(first - 1) === "'s" ? ctx.entityCovering(first - 2) : ctx.entityCovering(first - 1);
  const owner = before ? ctx.countryOf(before) : undefined;
  if (owner) return owner;
  // "of <country>" names the owner only for a state body ("Ministry of Russia"), not "the Bank of Korea's" neighbours.
  const name = ctx.entities[ctx.entityAt[first] ?? -1]?.text ?? '';
  if (!institutionAgent(name)) return undefined;
  const after = ctx.word(last + 1) === 'of' && ctx.sameSentence(last, last + 2) ? ctx.entityCovering(last + 2) : undefined;
  if (after) return ctx.countryOf(after);
  // The owner inside the name: "Election Commission of India".
  const inside = /\bof (?:the )?([\p{Lu}][\p{L} ]+)$/u.exec(name)?.[1];
  const candidate = inside ? ctx.knowledge.gazetteer.lookup(inside)[0] : undefined;
  return candidate?.kind === 'country' ? candidate.country.iso3 : undefined;
}
