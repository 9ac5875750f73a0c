import { ORGANISATIONS, type KnownOrganisation } from '../../knowledge/actors/organisations.ts';
import { COLLECTIVE_AGENTS } from '../../knowledge/actors/titles.ts';
import { HOMELANDS } from '../../knowledge/places/demonyms.ts';
import { countryOfCandidate } from '../../knowledge/places/gazetteer.ts';
import type { ActorDrafts } from './actor-drafts.ts';
import type { MentionContext } from './mention-context.ts';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'inside', 'around', 'within', 'toward', 'towards', 'through', 'via', 'of']);

/** A city whose name stands for the body seated there: Brussels for the European Union, as `ORGANISATIONS` lists it. */
const SEATS_OF_BODIES: Readonly<Record<string, KnownOrganisation | undefined>> = { Brussels: ORGANISATIONS.find((organisation) => organisation.name === 'European Union') };

/**
 * Countries, their governments by metonymy and their collective agents become actors: "Russia" → RUS;
 * "Pyongyang said" → PRKGOV (a capital acting as the subject of a verb); "North Korean troops" → PRKMIL.
 */
export function linkCountries(ctx: MentionContext, drafts: ActorDrafts): void {
  const { gazetteer } = ctx.knowledge;
  ctx.entities.forEach((entity, n) => {
    const [first, last] = ctx.ranges[n] ?? [0, 0];
    if (entity.type === 'place') {
      const capitalOf = gazetteer.countryWithCapital(entity.text);
      // "Brussels warned Budapest", "Warsaw defied Brussels": the seat of the EU's institutions acting or acted on is the
      // Union. Not in a story about Belgium, nor beside another country ("Luxembourg and Brussels agreed…"): there it is Belgium's.
      const body = SEATS_OF_BODIES[entity.text];
      if (body && (isAgent(ctx, first, last) || ctx.pos(first - 1) === 'VERB') && !isBesideCountry(ctx, first, last) && !isAboutCountry(ctx, capitalOf)) {
        const draft = drafts.ensure(`org:${body.name}`, () => ({ kind: 'organisation', name: body.name, code: body.code }));
        draft.aliases.add(entity.text);
        drafts.mention(draft, entity.span, entity.id);
        return;
      }
      if (capitalOf && isAgent(ctx, first, last)) {
        const country = gazetteer.country(capitalOf)?.name ?? capitalOf;
        const draft = drafts.ensure(`gov:${capitalOf}`, () => ({ kind: 'organisation', name: `Government of ${country}`, country: capitalOf, code: `${capitalOf}GOV` }));
        draft.aliases.add(entity.text);
        drafts.mention(draft, entity.span, entity.id);
        return;
      }
    }
    const iso3 = ctx.countryOf(entity);
    if (!iso3) {
      if (entity.type === 'nationality') linkStatelessFighters(ctx, drafts, n);
      return;
    }
    // "Atlanta, Georgia" or "Pyongyang, North Korea": a location qualifier, not the country acting.
    if (entity.type === 'place' && ctx.word(first - 1) === ',' && ctx.entityCovering(first - 2)?.type === 'place') return;
    if (entity.type === 'nationality' || entity.type === 'misc') {
      const noun = ctx.pos(last + 1) === 'ADJ' && COLLECTIVE_AGENTS[ctx.word(last + 2)] ? last + 2 : last + 1;
      const agent = COLLECTIVE_AGENTS[ctx.word(noun)];
      if (agent && !ctx.entityCovering(noun)) {
        const draft = drafts.ensure(`group:${iso3}${agent}`, () => ({ kind: 'group', name: ctx.textOf(first, noun), country: iso3, code: `${iso3}${agent}` }));
        draft.aliases.add(ctx.textOf(first, noun));
        drafts.mention(draft, ctx.spanOf(first, noun), entity.id);
        return;
      }
    }
    const country = gazetteer.country(iso3);
    const draft = drafts.ensure(`country:${iso3}`, () => ({ kind: 'country', name: country?.name ?? entity.text, country: iso3, code: iso3 }));
    draft.aliases.add(entity.text);
    drafts.mention(draft, entity.span, entity.id);
  });
}

const JOINS = new Set(['and', 'or', ',']);

/** "Luxembourg and Brussels", "Brussels and Paris": a place listed with a country's name stands beside it as a state. */
function isBesideCountry(ctx: MentionContext, first: number, last: number): boolean {
  const before = JOINS.has(ctx.word(first - 1)) ? ctx.entityCovering(first - 2) : undefined;
  const after = JOINS.has(ctx.word(last + 1)) ? ctx.entityCovering(last + 2) : undefined;
  return [before, after].some((entity) => entity !== undefined && (ctx.countryOf(entity) !== undefined || ctx.knowledge.gazetteer.countryWithCapital(entity.text) !== undefined));
}

/** Whether the document names `country` other than by its capital ("Belgian peacekeepers", "in Belgium"). */
function isAboutCountry(ctx: MentionContext, country: string | undefined): boolean {
  return country !== undefined && ctx.entities.some((entity) => ctx.knowledge.gazetteer.countryWithCapital(entity.text) === undefined && ctx.countryOf(entity) === country);
}

/** Whether a place mention acts: not after a place preposition, and followed (past adverbs) by a verb. */
function isAgent(ctx: MentionContext, first: number, last: number): boolean {
  if (PLACE_PREPOSITIONS.has(ctx.word(first - 1)) || ctx.word(first - 1) === ',') return false;
  let next = last + 1;
  if (ctx.word(next) === "'s") return ctx.pos(next + 1) === 'NOUN';
  while (ctx.pos(next) === 'ADV') next++;
  return ctx.sameSentence(last, next) && (ctx.pos(next) === 'VERB' || ctx.pos(next) === 'AUX');
}

/** Nouns for armed men of a people without a state of its own ("Kurdish fighters", "Kurdish militia"). */
const FIGHTERS = new Set(['fighters', 'forces', 'militia', 'militias', 'militiamen', 'rebels', 'guerrillas', 'insurgents', 'militants', 'troops', 'peshmerga']);

/**
 * "Kurdish fighters attacked … near Raqqa" → SYRREB: a stateless people's armed men belong to the homeland state a
 * place in their sentence (else in the article) lies in, and to no country (`---REB`) when none does.
 */
function linkStatelessFighters(ctx: MentionContext, drafts: ActorDrafts, n: number): void {
  const entity = ctx.entities[n];
  const [first, last] = ctx.ranges[n] ?? [0, 0];
  const homelands = entity ? HOMELANDS[entity.text] : undefined;
  if (!entity || !homelands || !FIGHTERS.has(ctx.word(last + 1)) || ctx.entityCovering(last + 1)) return;
  // A place the sentence locates something in ("Turkey attacked Kurdish forces in Syria" → Syria, not the actor Turkey),
  // the nearest first; then any place in the sentence; then the article's first.
  const places = ctx.entities
    .map((other, m) => {
      const at = ctx.ranges[m]?.[0] ?? -1;
      const country = other.type === 'place' ? ctx.knowledge.gazetteer.lookup(other.text).map(countryOfCandidate).find((c) => c !== undefined && homelands.includes(c)) : undefined;
      const isLocative = PLACE_PREPOSITIONS.has(ctx.word(at - 1));
      return { country, distance: ctx.sameSentence(first, at) ? Math.abs(at - first) + (isLocative ? 0 : 1000) : Infinity };
    })
    .filter((place) => place.country !== undefined);
  const nearest = places.reduce<(typeof places)[number] | undefined>((best, place) => (!best || place.distance < best.distance ? place : best), undefined);
  const country = nearest?.country ?? '---';
  const code = `${country}REB`;
  const draft = drafts.ensure(`group:${code}`, () => ({ kind: 'group', name: ctx.textOf(first, last + 1), ...(country !== '---' ? { country } : {}), code }));
  draft.aliases.add(ctx.textOf(first, last + 1));
  drafts.mention(draft, ctx.spanOf(first, last + 1), entity.id);
}
