import type { Stage } from '../stage.ts';
import { findClaims } from './find-claims.ts';

/** Attributions: who says what, with which verb, from which kind of source, hedged or negated. */
export const claims: Stage = {
  name: 'claims',
  needs: ['segment', 'actors'],
  run(doc) {
    return { claims: findClaims(doc).map((claim, index) => ({ id: `claim-${index + 1}`, ...claim })) };
  },
};
