import type { Entity, EntityType } from '../../model/entity.ts';
import { chunksOf } from '../../knowledge/ner/chunks.ts';
import { loadRecogniser } from '../../knowledge/ner/load-recogniser.ts';
import type { NerRecogniser } from '../../knowledge/ner/ner-recogniser.ts';
import type { PhraseLexicon } from '../../knowledge/ner/phrase-lexicon.ts';
import { loadGazetteer, type Gazetteer } from '../../knowledge/places/gazetteer.ts';
import type { Stage } from '../stage.ts';
import { buildListedNames, findListedNames } from './find-listed-names.ts';
import { nerSentences } from './ner-words.ts';
import { entityWith } from './entity-with.ts';
import { joinNameParticles } from './join-name-particles.ts';

/** What the entities stage loads once: the trained recogniser and the gazetteer it and the fallback share. */
export interface EntityResources {
  readonly recogniser: NerRecogniser;
  readonly gazetteer: Gazetteer;
  readonly listed: PhraseLexicon;
}

// Precision of each type on CoNLL eng.testa, used as the confidence of a recognised mention.
const CONFIDENCE: Readonly<Record<string, number>> = { PER: 0.93, LOC: 0.93, ORG: 0.87, MISC: 0.89 };

/** Finds names of people, organisations, places and nationalities with the learned recogniser. */
export const entities: Stage<EntityResources> = {
  name: 'entities',
  needs: ['segment'],
  prepare() {
    const gazetteer = loadGazetteer();
    return { recogniser: loadRecogniser(gazetteer), gazetteer, listed: buildListedNames(gazetteer) };
  },
  run(doc, { recogniser, gazetteer, listed }) {
    // Not English: the segment stage has reported it; an English model would only produce noise.
    if (doc.language !== 'en') return { entities: [] };
    const sentences = nerSentences(doc.tokens, doc.sentences);
    const labels = recogniser.label(
      sentences.map((s) => s.words),
      sentences.map((s) => s.ids),
    );
    const found: Entity[] = [];
    sentences.forEach((sentence, n) => {
      for (const chunk of chunksOf(labels[n] ?? [])) {
        const first = doc.tokens[sentence.firstToken[chunk.start] ?? -1];
        const last = doc.tokens[sentence.lastToken[chunk.end - 1] ?? -1];
        if (!first || !last) continue;
        const span = { start: first.span.start, end: last.span.end };
        const text = doc.text.slice(span.start, span.end);
        found.push({ id: '', type: entityType(chunk.type, text, gazetteer), text, span, rule: 'ner/perceptron', confidence: CONFIDENCE[chunk.type] ?? 0.8 });
      }
    });
    const named = joinNameParticles(doc.text, found);
    const extra = findListedNames(doc, sentences, listed).filter((e) => !named.some((f) => overlaps(f.span, e.span)));
    const all = [...named, ...extra].sort((a, b) => a.span.start - b.span.start);
    return { entities: all.map((entity, i) => entityWith(entity, { id: `e${i + 1}` })) };
  },
};

function entityType(type: string, text: string, gazetteer: Gazetteer): EntityType {
  switch (type) {
    case 'PER':
      return 'person';
    case 'ORG':
      return 'organisation';
    case 'LOC':
      return 'place';
    default:
      return gazetteer.demonym(text) !== undefined ? 'nationality' : 'misc';
  }
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
