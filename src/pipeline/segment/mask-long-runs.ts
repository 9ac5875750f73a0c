import { isSpaceCode } from '../is-space-code.ts';

// wink-nlp takes quadratic time on long unbroken letter runs (60k letters: ~20 s). Runs longer than any real word
// are replaced by digits of the same length, which wink tokenises in linear time; offsets stay exact.
export function maskLongRuns(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, (run) => '0'.repeat(run.length)) : text;
}

const LONG_RUN_LENGTH = 200;
const LONG_RUN = new RegExp(`\\S{${LONG_RUN_LENGTH},}`, 'g');

/**
 * Whether the text has a run of LONG_RUN_LENGTH non-space units, reading a few units per LONG_RUN_LENGTH of text
 * instead of every one (the regex alone retries from every letter of every word, and a loop over every unit cost about
 * a tenth of segment's own work). Any such run covers one of the positions k × LONG_RUN_LENGTH - 1, so only the runs
 * through those are measured; a left scan never passes the probe before it (that run would have been long enough).
 */
export function hasLongRun(text: string): boolean {
  for (let probe = LONG_RUN_LENGTH - 1; probe < text.length; probe += LONG_RUN_LENGTH) {
    if (isSpaceCode(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && end - start < LONG_RUN_LENGTH && !isSpaceCode(text.charCodeAt(end))) end++;
    if (end - start >= LONG_RUN_LENGTH) return true;
  }
  return false;
}
