import type { Stage } from '../stage.ts';
import { findQuantities } from './find-quantities.ts';

/** Numbers with what they count and a category: "3,000 army engineers" (personnel), "$3 million" (money). */
export const quantities: Stage = {
  name: 'quantities',
  needs: ['segment', 'dates'],
  run(doc) {
    return { quantities: findQuantities(doc).map((q, index) => ({ id: `quantity-${index + 1}`, ...q })) };
  },
};
