import type { Actor } from '../../src/model/actor.ts';
import type { AnalyzedDocument } from '../../src/model/document.ts';
import type { Event, QuadClass } from '../../src/model/event.ts';
import type { SourceItem } from '../../src/ingest/source-item.ts';
import type { Analyzer } from '../../src/pipeline/analyzer.ts';

interface Article {
  readonly title: string;
  readonly source: string;
  readonly published: string;
  readonly text: string;
  /** [source actor name, source code, verb, target actor name, target code, CAMEO code, QuadClass, Goldstein]. */
  readonly events: readonly (readonly [string, string, string, string, string, string, QuadClass, number])[];
  readonly place?: readonly [string, string, number, number];
}

/** Articles written for these tests (invented happenings), annotated by hand where the pipeline does not reach yet. */
export const ARTICLES: readonly Article[] = [
  {
    title: 'Harbour ministers meet in Valdoria over fishing quotas',
    source: 'Coastal Wire',
    published: '2025-03-12',
    text: 'The fisheries minister of Norland met his Valdorian counterpart in Valdoria on Tuesday. The two governments agreed to review fishing quotas for the northern banks, officials said.',
    events: [['Norland', 'NORGOV', 'met', 'Valdoria', 'VALGOV', '040', 1, 1]],
    place: ['Valdoria', 'VAL', 59.9, 10.7],
  },
  {
    title: 'Border guards accuse neighbours of shelling a customs post',
    source: 'Evening Ledger',
    published: '2025-03-14',
    text: 'Border guards in Ostmark accused Valdoria of shelling a customs post near the river on Thursday. Valdoria denied the accusation and called for talks.',
    events: [['Ostmark', 'OSTMIL', 'accused', 'Valdoria', 'VALGOV', '112', 3, -2], ['Valdoria', 'VALGOV', 'called', 'Ostmark', 'OSTMIL', '036', 1, 4]],
    place: ['Ostmark', 'OST', 48.2, 16.4],
  },
  {
    title: 'Grain prices steady after harvest report',
    source: 'Coastal Wire',
    published: '2025-03-15',
    text: 'Grain prices held steady on Friday after the agriculture office published its harvest report. Traders said supply looked ample.',
    events: [],
  },
];

/** The test articles as ingest items, so they go through the same workflow (and corpus hooks) as real input. */
export function fixtureItems(): SourceItem[] {
  return ARTICLES.map((a) => ({ label: a.title, article: { text: a.text, title: a.title, source: a.source, published: a.published } }));
}

/** Wraps an analyzer so the test articles get their hand-made actors, places and events on top of its output. */
export function withFixtureAnnotations(base: Analyzer): Analyzer {
  return {
    stageNames: base.stageNames,
    analyze: (text, meta) => {
      const doc = base.analyze(text, meta);
      const article = ARTICLES.find((a) => a.text === text);
      return article ? annotate(doc, article) : doc;
    },
  };
}

function annotate(doc: AnalyzedDocument, article: Article): AnalyzedDocument {
  const actors = new Map<string, Actor>();
  const events: Event[] = article.events.map(([src, srcCode, verb, tgt, tgtCode, code, quadClass, goldstein], i) => {
    for (const [name, actorCode] of [[src, srcCode], [tgt, tgtCode]] as const) {
      const start = article.text.indexOf(name);
      actors.set(actorCode, { id: `a-${actorCode}`, kind: 'country', name, code: actorCode, mentions: [{ start, end: start + name.length }], roles: [] });
    }
    const start = article.text.indexOf(verb);
    const sentenceEnd = article.text.indexOf('.', start) + 1;
    return {
      id: `e${i}`, code, baseCode: code, rootCode: code.slice(0, 2), label: verb, quadClass, goldstein,
      sourceActorId: `a-${srcCode}`, targetActorId: `a-${tgtCode}`, sourceCode: srcCode, targetCode: tgtCode,
      date: article.published, isDateFromPublication: true, modality: 'happened',
      trigger: { start, end: start + verb.length }, sentence: { start: 0, end: sentenceEnd },
      rule: 'test-fixture', confidence: 1,
      ...(article.place ? { placeId: 'p0' } : {}),
    };
  });
  const places = article.place
    ? [{ id: 'p0', name: article.place[0], country: article.place[1], lat: article.place[2], lon: article.place[3], precision: 'country' as const, mentions: [] }]
    : doc.places;
  return { ...doc, actors: [...doc.actors, ...actors.values()], events: [...doc.events, ...events], places };
}
