import type { AnalyzedDocument } from '../model/document.ts';

/**
 * The facts an article states, as comparable keys: who (actor codes or names), how many (quantity values), when
 * (day-level dates), according to whom (claim speakers) and what (event codes with actors). A rewrite keeps these
 * while changing most words, which is how derivative articles are recognised.
 */
export function factFingerprint(doc: AnalyzedDocument): string[] {
  const keys = new Set<string>();
  const actorsById = new Map(doc.actors.map((actor) => [actor.id, actor]));
  for (const actor of doc.actors) {
    if (actor.kind === 'country') continue;
    keys.add(`actor:${normaliseName(actor.name)}`);
  }
  for (const quantity of doc.quantities) {
    if (quantity.category === 'percentage' || quantity.category === 'duration') continue;
    // Small counts ("two ministers", "one of") are everywhere; only distinctive figures identify a report.
    if (Number.isInteger(quantity.value) && quantity.value < 10) continue;
    keys.add(`quantity:${quantity.value}`);
  }
  for (const date of doc.dates) {
    if (date.value && /^\d{4}-\d{2}-\d{2}/.test(date.value)) keys.add(`date:${date.value.slice(0, 10)}`);
  }
  for (const claim of doc.claims) {
    const speaker = claim.speakerActorId ? actorsById.get(claim.speakerActorId)?.name : claim.speaker;
    if (speaker && claim.sourceKind !== 'unattributed' && /^\p{Lu}/u.test(speaker) && !PRONOUNS.has(speaker.toLowerCase())) {
      keys.add(`speaker:${normaliseName(speaker)}`);
    }
  }
  for (const event of doc.events) {
    if (!event.sourceCode && !event.targetCode) continue;
    keys.add(`event:${event.rootCode}:${event.sourceCode ?? '-'}:${event.targetCode ?? '-'}`);
  }
  return [...keys].sort();
}

/** Whether a fingerprint key is specific enough to find rewrite candidates by (a number, a date or an event). */
export function isSelectiveFact(key: string): boolean {
  return key.startsWith('quantity:') || key.startsWith('date:') || key.startsWith('event:');
}

const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you']);

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
