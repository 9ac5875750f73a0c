import type { Token } from '../../model/token.ts';
import { isParticipleClause } from './clause-shape.ts';

// Verbs that say whom a measure reaches; as acts of force they are attacks (190).
const REACH_VERBS = new Set(['target', 'hit']);

/**
 * "adopted new sanctions against Iran, targeting its shipping firms", "froze the officials' assets, hitting…": a
 * participle after a sanction or other cut in relations (root 16) names whom the measure reaches, not an attack of its
 * own by the measure's maker.
 */
export function isMeasureReach(tokens: readonly Token[], trigger: number, lastRoot: string | undefined): boolean {
  return lastRoot === '16' && REACH_VERBS.has(tokens[trigger]?.lemma ?? '') && isParticipleClause(tokens, trigger);
}
