import type { Token } from '../../model/token.ts';
import { dayAfter } from './weekdays.ts';

const DECREES = new Set(['decree', 'order', 'directive', 'edict']);

/**
 * The decree or order whose content a participle right after it tells, past a day ("signed an order on Friday imposing
 * tariffs"): what the signed text does, its signer does.
 */
export function decreeBefore(tokens: readonly Token[], participle: number): number | undefined {
  if (DECREES.has(tokens[participle - 1]?.lemma ?? '')) return participle - 1;
  const decree = participle - 3;
  return DECREES.has(tokens[decree]?.lemma ?? '') && dayAfter(tokens, decree) === participle - 1 ? decree : undefined;
}
