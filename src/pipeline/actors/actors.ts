import type { Entity } from '../../model/entity.ts';
import type { Stage } from '../stage.ts';
import { loadActorKnowledge, type ActorKnowledge } from './actor-knowledge.ts';
import { ActorDrafts } from './actor-drafts.ts';
import { applyUserDictionary } from './apply-user-dictionary.ts';
import { linkCountries } from './link-countries.ts';
import { linkOrganisations } from './link-organisations.ts';
import { linkPeople } from './link-people.ts';
import { MentionContext } from './mention-context.ts';
import { entityWith } from '../entities/entity-with.ts';

/** Links mentions to document-level actors with roles, country and CAMEO code, and marks each entity's actor. */
export const actors: Stage<ActorKnowledge> = {
  name: 'actors',
  needs: ['entities'],
  prepare: (options) => loadActorKnowledge(options),
  run(doc, knowledge) {
    if (doc.entities.length === 0 && !knowledge.userDictionary) return { actors: [] };
    const entities = retypeNameParts(doc.entities, knowledge);
    const ctx = new MentionContext(doc, entities, knowledge);
    const drafts = new ActorDrafts();
    linkPeople(ctx, drafts, doc.meta.published);
    linkOrganisations(ctx, drafts);
    linkCountries(ctx, drafts);
    if (knowledge.userDictionary) applyUserDictionary(ctx, drafts, knowledge.userDictionary, doc.meta.published);
    const { actors: found, idOf } = drafts.freeze();
    return {
      actors: found,
      entities: entities.map((entity) => {
        const key = drafts.entityActor.get(entity.id);
        const actorId = key ? idOf.get(key) : undefined;
        return actorId ? entityWith(entity, { actorId }) : entity;
      }),
    };
  },
};

/**
 * One word of a person's full name tagged as something else elsewhere ("between Kim and Shoigu" read as a place)
 * is the person: names are consistent within an article. Countries, acronyms and listed bodies are never retyped.
 */
function retypeNameParts(entities: readonly Entity[], knowledge: ActorKnowledge): Entity[] {
  const nameParts = new Set<string>();
  for (const entity of entities) {
    const words = entity.text.split(/\s+/);
    if (entity.type === 'person' && words.length > 1) for (const word of words) nameParts.add(word.toLowerCase());
  }
  return entities.map((entity) => {
    const lower = entity.text.toLowerCase();
    if (entity.type === 'person' || entity.text.includes(' ') || !nameParts.has(lower)) return entity;
    if (/^[A-Z0-9.]{1,5}$/.test(entity.text) || knowledge.organisations.has(lower) || knowledge.agencies.has(lower)) return entity;
    if (knowledge.gazetteer.lookup(entity.text).some((c) => c.kind === 'country')) return entity;
    return entityWith(entity, { type: 'person', rule: `${entity.rule}+actors/name-consistency` });
  });
}
