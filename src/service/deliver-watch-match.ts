import { appendFile } from 'node:fs/promises';
import type { Watch, WatchMatch } from '../model/watch.ts';

/** Retry schedule for webhooks, in milliseconds between attempts. */
const WEBHOOK_BACKOFF = [250, 1000, 4000];

/**
 * Sends a watch match where the watch says: a line on stdout, a line appended to a JSON Lines file, or a JSON POST
 * to a webhook, retried with backoff on network errors and 5xx answers. A failed delivery is reported on stderr and
 * does not stop ingest.
 */
export async function deliverWatchMatch(match: WatchMatch, watch: Watch, backoff: readonly number[] = WEBHOOK_BACKOFF): Promise<boolean> {
  const line = JSON.stringify(match);
  const output = watch.output;
  switch (output.kind) {
    case 'stdout':
      process.stdout.write(`${line}\n`);
      return true;
    case 'jsonl':
      try {
        await appendFile(output.path, `${line}\n`);
        return true;
      } catch (error) {
        process.stderr.write(`tidings: watch \`${watch.name}\` could not write to \`${output.path}\`: ${(error as Error).message}\n`);
        return false;
      }
    case 'webhook':
      return postWithRetries(output.url, line, watch.name, backoff);
  }
}

async function postWithRetries(url: string, body: string, name: string, backoff: readonly number[]): Promise<boolean> {
  let problem = '';
  for (let attempt = 0; attempt <= backoff.length; attempt++) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
      if (response.ok) return true;
      problem = `HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      problem = (error as Error).message;
    }
    const wait = backoff[attempt];
    if (wait !== undefined) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  process.stderr.write(`tidings: watch \`${name}\` webhook ${url} failed: ${problem}\n`);
  return false;
}
