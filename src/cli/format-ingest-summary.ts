import type { IngestSummary } from '../service/ingest-articles.ts';

/** The final lines of `tidings ingest`: counts, then each failed item with its reason. */
export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `Read ${summary.read} article${summary.read === 1 ? '' : 's'}: ${summary.new} new, ${summary.duplicate} already stored, ${summary.failed.length} failed.`,
    ...summary.failed.map((failure) => `  failed: ${failure.item}: ${failure.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Progress on stderr: a line rewritten in place on a terminal, one line per 100 items otherwise. */
export function progressReporter(): { update: (summary: IngestSummary) => void; done: () => void } {
  const isTty = process.stderr.isTTY;
  let shown = false;
  return {
    update(summary) {
      const line = `ingest: ${summary.read} read, ${summary.new} new, ${summary.duplicate} duplicate, ${summary.failed.length} failed`;
      if (isTty) {
        process.stderr.write(`\r${line}\u001b[K`);
        shown = true;
      } else if (summary.read % 100 === 0) {
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (shown) process.stderr.write('\n');
    },
  };
}
