import type { DyadDay } from '../model/dyad-day.ts';
import type { QuadClass } from '../model/event.ts';

/** What the dyad curve needs of one stored event. */
export interface DyadEvent {
  readonly documentId: string;
  readonly sourceCode?: string;
  readonly targetCode?: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly date?: string;
  readonly published?: string;
  readonly tone?: number;
}

/**
 * Events between two actors per day: counts by QuadClass, Goldstein sum and mean tone. Actors match by CAMEO code
 * prefix (`PRK` matches PRKGOV); both directions are counted unless `directed`. Events from articles in `copies`
 * (duplicates and rewrites) are skipped, so one happening reported 366 times is not counted 366 times.
 */
export function dyadSeries(
  events: readonly DyadEvent[],
  a: string,
  b: string,
  options: { readonly since?: string; readonly directed?: boolean; readonly copies?: ReadonlySet<string> } = {},
): DyadDay[] {
  const days = new Map<string, { counts: [number, number, number, number]; goldstein: number; tones: number[]; source: string; target: string }>();
  const A = a.toUpperCase();
  const B = b.toUpperCase();
  for (const event of events) {
    if (options.copies?.has(event.documentId)) continue;
    const source = (event.sourceCode ?? '').toUpperCase();
    const target = (event.targetCode ?? '').toUpperCase();
    const forward = source.startsWith(A) && target.startsWith(B);
    const backward = !options.directed && source.startsWith(B) && target.startsWith(A);
    if (!forward && !backward) continue;
    const day = (event.date ?? event.published ?? '').slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || (options.since && day < options.since.slice(0, 10))) continue;
    const entry = days.get(day) ?? { counts: [0, 0, 0, 0], goldstein: 0, tones: [], source: A, target: B };
    entry.counts[event.quadClass - 1] = (entry.counts[event.quadClass - 1] ?? 0) + 1;
    entry.goldstein += event.goldstein;
    if (event.tone !== undefined) entry.tones.push(event.tone);
    days.set(day, entry);
  }
  return [...days]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([day, v]) => ({
      day,
      source: v.source,
      target: v.target,
      events: v.counts.reduce((s, n) => s + n, 0),
      quadClass: v.counts,
      goldstein: Math.round(v.goldstein * 10) / 10,
      ...(v.tones.length > 0 ? { tone: Math.round((v.tones.reduce((s, t) => s + t, 0) / v.tones.length) * 100) / 100 } : {}),
    }));
}
