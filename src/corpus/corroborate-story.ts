import type { Event } from '../model/event.ts';
import type { Fact, FactContradiction, FactSupport } from '../model/fact.ts';
import { describeActorCode } from '../knowledge/actors/describe-actor-code.ts';
import { independentSource, type StoryArticle } from './independent-source.ts';

interface Mention {
  readonly article: StoryArticle;
  readonly support: FactSupport;
}

interface Draft {
  readonly kind: Fact['kind'];
  readonly key: string;
  readonly summary: string;
  readonly code?: string;
  readonly sourceCode?: string;
  readonly targetCode?: string;
  /** A figure's unit, for a summary that states the number(s) the articles give. */
  readonly unit?: string;
  readonly dayNumbers: number[];
  readonly mentions: Mention[];
  /** Field whose differing values are contradictions (dates for events, numbers for quantities). */
  readonly valueField: FactContradiction['field'];
  readonly modalities: Map<string, Set<string>>;
}

const DAY = 86_400_000;
/** Event dates further apart than this are different happenings, not a disagreement about one. */
const SAME_EVENT_DAYS = 3;

/**
 * Merges a story's events, claims and figures across its articles: events of the same CAMEO root with the same
 * actors and dates within a few days are one fact; figures counting the same thing are one fact. Each fact lists
 * its supports, its independent sources, and where the articles disagree (date, number, met vs denied).
 */
export function corroborateStory(articles: readonly StoryArticle[]): Fact[] {
  const byId = new Map(articles.map((a) => [a.doc.id, a]));
  const drafts: Draft[] = [];
  for (const article of articles) {
    const { doc } = article;
    const names = new Map(doc.actors.map((actor) => [actor.id, actor.name]));
    for (const event of doc.events) {
      const claim = event.claimId ? doc.claims.find((c) => c.id === event.claimId) : undefined;
      const source = event.sourceCode ?? (event.sourceActorId ? names.get(event.sourceActorId) : undefined);
      const target = event.targetCode ?? (event.targetActorId ? names.get(event.targetActorId) : undefined);
      const key = `event:${event.rootCode}:${source ?? '-'}:${target ?? '-'}`;
      const day = dayNumber(event.date);
      const draft = findDraft(drafts, key, day) ?? newDraft(drafts, {
        kind: 'event',
        key,
        // Named by the code the fact is keyed on, so the line reads true of every article merged into it.
        summary: eventSummary(event, readable(event.sourceCode, source), readable(event.targetCode, target)),
        code: event.rootCode,
        ...(event.sourceCode ? { sourceCode: event.sourceCode } : {}),
        ...(event.targetCode ? { targetCode: event.targetCode } : {}),
        valueField: 'date',
      });
      if (day !== undefined) draft.dayNumbers.push(day);
      addMention(draft, article, byId, doc.text.slice(event.sentence.start, event.sentence.end), event.date, claim);
      const modality = event.modality === 'denied' ? 'denied' : 'asserted';
      const set = draft.modalities.get(modality) ?? new Set();
      set.add(doc.id);
      draft.modalities.set(modality, set);
    }
    for (const quantity of doc.quantities) {
      if (quantity.category === 'percentage' || quantity.category === 'duration' || quantity.category === 'other') continue;
      const head = quantity.unit.toLowerCase().split(/\s+/).pop() ?? '';
      const key = `quantity:${quantity.category}:${head}`;
      const draft = findDraft(drafts, key, undefined) ?? newDraft(drafts, {
        kind: 'quantity', key, summary: `${quantity.category}:`, unit: quantity.unit, valueField: 'value',
      });
      const sentence = doc.sentences.find((s) => s.span.start <= quantity.span.start && quantity.span.end <= s.span.end);
      addMention(draft, article, byId, sentence ? doc.text.slice(sentence.span.start, sentence.span.end) : quantity.text, String(quantity.value));
    }
    for (const claim of doc.claims) {
      if (claim.sourceKind === 'unattributed') continue;
      const speaker = (claim.speakerActorId ? names.get(claim.speakerActorId) : undefined) ?? claim.speaker;
      const key = `claim:${speaker.toLowerCase()}`;
      const draft = findDraft(drafts, key, undefined) ?? newDraft(drafts, {
        kind: 'claim', key, summary: `${speaker} ${claim.verb}: ${doc.text.slice(claim.content.start, claim.content.end).slice(0, 160)}`, valueField: 'value',
      });
      addMention(draft, article, byId, doc.text.slice(claim.span.start, claim.span.end), undefined, claim);
    }
  }
  return drafts.map((draft, index) => toFact(draft, index));
}

function newDraft(drafts: Draft[], fields: Omit<Draft, 'dayNumbers' | 'mentions' | 'modalities'>): Draft {
  const draft: Draft = { ...fields, dayNumbers: [], mentions: [], modalities: new Map() };
  drafts.push(draft);
  return draft;
}

function findDraft(drafts: readonly Draft[], key: string, day: number | undefined): Draft | undefined {
  return drafts.find(
    (d) => d.key === key && (day === undefined || d.dayNumbers.length === 0 || d.dayNumbers.some((x) => Math.abs(x - day) <= SAME_EVENT_DAYS)),
  );
}

function addMention(
  draft: Draft,
  article: StoryArticle,
  byId: ReadonlyMap<string, StoryArticle>,
  sentence: string,
  value: string | undefined,
  claim?: Parameters<typeof independentSource>[2],
): void {
  if (draft.mentions.some((m) => m.article.doc.id === article.doc.id && m.support.value === value)) return;
  const source = independentSource(article, byId, claim);
  draft.mentions.push({ article, support: { documentId: article.doc.id, source, sentence: sentence.trim(), ...(value === undefined ? {} : { value }) } });
}

function toFact(draft: Draft, index: number): Fact {
  const supports = draft.mentions.map((m) => m.support);
  const contradictions: FactContradiction[] = [];
  const byValue = new Map<string, Set<string>>();
  for (const support of supports) {
    if (support.value === undefined) continue;
    const value = draft.valueField === 'date' ? support.value.slice(0, 10) : support.value;
    const set = byValue.get(value) ?? new Set();
    set.add(support.documentId);
    byValue.set(value, set);
  }
  if (byValue.size > 1) contradictions.push({ field: draft.valueField, values: valuesOf(byValue) });
  if (draft.modalities.size > 1) contradictions.push({ field: 'modality', values: valuesOf(draft.modalities) });
  const dates = [...byValue.keys()].filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).sort();
  return {
    id: `f${index + 1}`,
    kind: draft.kind,
    // A figure's summary states its number; when the articles disagree, each number they give, most reported first.
    summary: draft.unit === undefined ? draft.summary : `${draft.summary} ${valuesOf(byValue).map((v) => formatNumber(v.value)).join(' or ')} ${draft.unit}`,
    ...(draft.code ? { code: draft.code } : {}),
    ...(draft.sourceCode ? { sourceCode: draft.sourceCode } : {}),
    ...(draft.targetCode ? { targetCode: draft.targetCode } : {}),
    ...(draft.kind === 'event' && dates[0] ? { date: dates[0] } : {}),
    supports,
    independentSources: [...new Set(supports.map((s) => s.source))].sort(),
    contradictions,
  };
}

function valuesOf(map: ReadonlyMap<string, ReadonlySet<string>>): FactContradiction['values'] {
  return [...map].map(([value, ids]) => ({ value, documentIds: [...ids] })).sort((a, b) => b.documentIds.length - a.documentIds.length);
}

function formatNumber(value: string): string {
  const number = Number(value);
  return Number.isFinite(number) ? number.toLocaleString('en-US') : value;
}

function readable(code: string | undefined, name: string | undefined): string | undefined {
  return code ? describeActorCode(code) : name;
}

function eventSummary(event: Event, source: string | undefined, target: string | undefined): string {
  return [source ?? '?', event.label, target].filter(Boolean).join(' → ') + (event.modality === 'happened' ? '' : ` (${event.modality})`);
}

function dayNumber(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  return Math.floor(Date.parse(value.slice(0, 10)) / DAY);
}
