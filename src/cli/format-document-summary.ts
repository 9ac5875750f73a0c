import type { Actor } from '../model/actor.ts';
import type { AnalyzedDocument } from '../model/document.ts';

/** The readable `analyze` output: one line per layer that has something, so it grows as stages land. */
export function formatDocumentSummary(doc: AnalyzedDocument): string {
  const { meta } = doc;
  const quote = (start: number, end: number, max = 90) => clip(doc.text.slice(start, end).replace(/\s+/g, ' '), max);
  // An event side resolved to a code without a mention of its own (a country implied by a place or a nationality) is
  // named by the actor of that code when the article names one: "Russia" reads better than "RUS".
  const actorName = (id: string | undefined, code: string | undefined) =>
    doc.actors.find((actor) => actor.id === id)?.name ?? doc.actors.find((actor) => actor.code === code)?.name ?? code ?? '?';
  const lines: string[] = [];
  const heading = meta.title ?? clip(doc.text.trim().split('\n', 1)[0] ?? '', 80);
  const where = [meta.source, meta.published].filter(Boolean).join(', ');
  lines.push(where ? `${heading} (${where})` : heading);
  lines.push(`  ${doc.language} · ${doc.sentences.length} sentences · ${doc.tokens.length} tokens · id ${doc.id}`);
  const section = (label: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`${label}:`, ...items.map((item) => `  - ${item}`));
  };
  section('People', actorsOf(doc.actors, 'person'));
  section('Organisations', [...actorsOf(doc.actors, 'organisation'), ...actorsOf(doc.actors, 'media'), ...actorsOf(doc.actors, 'group')]);
  section('Countries', actorsOf(doc.actors, 'country'));
  section('Places', doc.places.map((p) =>
    [p.name, [p.region === p.name ? undefined : p.region, p.country].filter(Boolean).join(', '), p.precision].filter(Boolean).join(' · ')));
  if (doc.actors.length === 0) section('Entities', doc.entities.map((e) => `${e.text} (${e.type})`));
  section('Dates', doc.dates.map((d) => `"${d.text}" → ${d.value ?? 'unresolved'} (${d.granularity})`));
  section('Quantities', doc.quantities.map((q) => {
    const value = `${q.value.toLocaleString('en')}${q.unit ? ` ${q.unit}` : ''}`;
    return q.text === value ? `${q.text} (${q.category})` : `${q.text} → ${value} (${q.category})`;
  }));
  section('Claims', doc.claims.map((c) => {
    const who = c.speaker === c.verb ? c.speaker : `${c.speaker} ${c.verb}`;
    return `${who}: "${quote(c.content.start, c.content.end, 80)}"${c.isHedged ? ' (hedged)' : ''} [${c.sourceKind}]`;
  }));
  section('Events', doc.events.map((e) =>
    `${e.code} ${e.label}: ${e.isSourceUnknown ? 'unknown doer' : actorName(e.sourceActorId, e.sourceCode)} → ${actorName(e.targetActorId, e.targetCode)}` +
    `${e.date ? ` on ${e.date}` : ''}${e.modality === 'happened' ? '' : ` (${e.modality})`} — "${quote(e.trigger.start, e.trigger.end, 40)}"`));
  section('Topics', doc.topics.map((t) => `${t.slug} ${t.score.toFixed(2)}`));
  if (doc.register) {
    const r = doc.register;
    lines.push(`Register: ${r.profile}, tone ${r.tone.toFixed(2)}, informality ${r.informality.toFixed(2)}, hedging ${r.hedging.toFixed(2)}`);
    section('Flagged wording', r.spans.map((s) => `${s.kind}: "${clip(s.text, 60)}"`));
    section('Plain facts', r.plainFacts);
  }
  section('Diagnostics', doc.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`));
  return `${lines.join('\n')}\n`;
}

function actorsOf(actors: readonly Actor[], kind: Actor['kind']): string[] {
  return actors
    .filter((actor) => actor.kind === kind)
    .map((actor) => {
      const details = [actor.roles.map((role) => role.title).join('; '), actor.code].filter(Boolean).join(' · ');
      return details ? `${actor.name} (${details})` : actor.name;
    });
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
