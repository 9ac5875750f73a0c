import type { AnalyzedDocument } from '../../../model/document.ts';

export type MarkKind = 'event' | 'date' | 'quantity' | 'entity' | 'claim' | 'register';

/** One highlight over the original text, with the rows the detail panel shows for it. */
export interface Mark {
  readonly id: string;
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly details: readonly (readonly [string, string])[];
}

export const MARK_KINDS: readonly { kind: MarkKind; label: string; cue: string }[] = [
  { kind: 'event', label: 'Event trigger', cue: '⚑ boxed' },
  { kind: 'entity', label: 'Entity', cue: '@ underlined' },
  { kind: 'date', label: 'Date', cue: '◷ dashed' },
  { kind: 'quantity', label: 'Quantity', cue: '# dotted' },
  { kind: 'claim', label: 'Claim source', cue: '❝ double' },
  { kind: 'register', label: 'Slang / hedge', cue: '~ italic' },
];

const PRIORITY: Record<MarkKind, number> = { event: 0, date: 1, quantity: 2, entity: 3, claim: 4, register: 5 };

const row = (key: string, value: string | number | boolean | undefined): (readonly [string, string])[] =>
  value === undefined || value === '' ? [] : [[key, String(value)]];

/** Collects every annotation of a document as marks, each with what it resolved to and the rule that fired. */
export function collectMarks(doc: AnalyzedDocument): Mark[] {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const places = new Map(doc.places.map((p) => [p.id, p]));
  const marks: Mark[] = [];
  for (const e of doc.events) {
    const src = e.sourceActorId ? actors.get(e.sourceActorId)?.name : undefined;
    const tgt = e.targetActorId ? actors.get(e.targetActorId)?.name : undefined;
    marks.push({ id: e.id, kind: 'event', start: e.trigger.start, end: e.trigger.end, label: `Event: ${e.label}`, details: [
      ...row('CAMEO', `${e.code} ${e.label}`), ...row('QuadClass', e.quadClass), ...row('Goldstein', e.goldstein),
      ...row('Source', [src, e.sourceCode].filter(Boolean).join(' · ')), ...row('Target', [tgt, e.targetCode].filter(Boolean).join(' · ')),
      ...row('Date', e.date ? `${e.date}${e.isDateFromPublication ? ' (publication date)' : ''}` : undefined),
      ...row('Place', e.placeId ? places.get(e.placeId)?.name : undefined), ...row('Modality', e.modality),
      ...row('Rule', e.rule), ...row('Confidence', e.confidence.toFixed(2)),
    ] });
  }
  for (const d of doc.dates) {
    marks.push({ id: d.id, kind: 'date', start: d.span.start, end: d.span.end, label: `Date: ${d.text}`, details: [
      ...row('Value', d.value ?? 'unresolved'), ...row('Type', d.type), ...row('Granularity', d.granularity),
      ...row('Direction', d.direction), ...row('Relative', d.isRelative ? 'yes' : 'no'), ...row('Rule', d.rule),
    ] });
  }
  for (const q of doc.quantities) {
    marks.push({ id: q.id, kind: 'quantity', start: q.span.start, end: q.span.end, label: `Quantity: ${q.text}`, details: [
      ...row('Value', q.max !== undefined ? `${q.value}–${q.max}` : q.value), ...row('Counts', q.unit), ...row('Category', q.category),
      ...row('Approximation', q.approximation), ...row('Currency', q.currency), ...row('Rule', q.rule),
    ] });
  }
  for (const en of doc.entities) {
    const actor = en.actorId ? actors.get(en.actorId) : undefined;
    const place = en.placeId ? places.get(en.placeId) : undefined;
    marks.push({ id: en.id, kind: 'entity', start: en.span.start, end: en.span.end, label: `${en.type}: ${en.text}`, details: [
      ...row('Type', en.type), ...row('Actor', actor?.name), ...row('Actor code', actor?.code), ...row('Country', actor?.country ?? place?.country),
      ...row('Roles', actor?.roles.map((r) => r.title).join('; ')), ...row('Place', place ? [place.name, place.region, place.country].filter(Boolean).join(', ') : undefined),
      ...row('Rule', en.rule), ...row('Confidence', en.confidence.toFixed(2)),
    ] });
  }
  for (const c of doc.claims) {
    const span = c.speakerSpan ?? c.span;
    marks.push({ id: c.id, kind: 'claim', start: span.start, end: span.end, label: `Claim by ${c.speaker}`, details: [
      ...row('Speaker', c.speaker), ...row('Verb', c.verb), ...row('Source kind', c.sourceKind), ...row('Hedged', c.isHedged ? 'yes' : 'no'),
      ...row('Negated', c.isNegated ? 'yes' : 'no'), ...row('Says', doc.text.slice(c.content.start, c.content.end)), ...row('Rule', c.rule),
    ] });
  }
  doc.register?.spans.forEach((r, i) => {
    marks.push({ id: `reg${i}`, kind: 'register', start: r.span.start, end: r.span.end, label: `${r.kind}: ${r.text}`, details: [...row('Kind', r.kind)] });
  });
  return marks.filter((m) => m.end > m.start);
}

/** Chooses non-overlapping marks to draw, preferring events, then dates, quantities, entities, claims, register. */
export function layoutMarks(marks: readonly Mark[]): Mark[] {
  const chosen: Mark[] = [];
  const sorted = [...marks].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  for (const mark of sorted) {
    if (!chosen.some((c) => mark.start < c.end && c.start < mark.end)) chosen.push(mark);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
