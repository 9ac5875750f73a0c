import { COLLECTIVE_AGENTS } from '../../knowledge/actors/titles.ts';
import type { ActorDrafts } from './actor-drafts.ts';
import type { MentionContext } from './mention-context.ts';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'inside', 'around', 'within', 'toward', 'towards', 'through', 'via', 'of']);

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
      if (capitalOf && isAgent(ctx, first, last)) {
        const country = gazetteer.country(capitalOf)?.name ?? capitalOf;
        const draft = drafts.ensure(`gov:${capitalOf}`, () => ({ kind: 'organisation', name: `Government of ${country}`, country: capitalOf, code: `${capitalOf}GOV` }));
        draft.aliases.add(entity.text);
        drafts.mention(draft, entity.span, entity.id);
        return;
      }
    }
    const iso3 = ctx.countryOf(entity);
    if (!iso3) return;
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

/** Whether a place mention acts: not after a place preposition, and followed (past adverbs) by a verb. */
function isAgent(ctx: MentionContext, first: number, last: number): boolean {
  if (PLACE_PREPOSITIONS.has(ctx.word(first - 1)) || ctx.word(first - 1) === ',') return false;
  let next = last + 1;
  if (ctx.word(next) === "'s") return ctx.pos(next + 1) === 'NOUN';
  while (ctx.pos(next) === 'ADV') next++;
  return ctx.sameSentence(last, next) && (ctx.pos(next) === 'VERB' || ctx.pos(next) === 'AUX');
}
