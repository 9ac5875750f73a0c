import type { Stage } from '../stage.ts';
import { findDateline } from './find-dateline.ts';

/** The wire dateline opening the body ("OSLO (Reuters) -"): filing place, date and agency. */
export const dateline: Stage = {
  name: 'dateline',
  needs: [],
  run(doc) {
    const found = findDateline(doc.text);
    return found ? { dateline: found } : {};
  },
};
