import { defineCommand } from 'citty';
import type { AnalyzedDocument } from '../model/document.ts';
import { InputError } from '../model/errors.ts';
import { openStore } from '../storage/open-store.ts';
import type { EventQuery } from '../storage/store.ts';
import { debugArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { eventRow, formatEventRows } from './format-event-rows.ts';

const FORMATS = ['gdelt', 'csv', 'jsonl'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** `tidings export events`: stored events as GDELT 2.0 TSV, CSV or JSON lines, with tidings' extra columns. */
const events = defineCommand({
  meta: { name: 'events', description: 'Export coded events: GDELT 2.0 columns (ISO-3 countries) plus date precision, claim, sentence and rule' },
  args: {
    format: { type: 'string', description: 'gdelt (TSV, no header) | csv | jsonl', default: 'csv', valueHint: 'gdelt|csv|jsonl' },
    since: { type: 'string', description: 'Events dated on or after (ISO date)', valueHint: 'date' },
    until: { type: 'string', description: 'Events dated on or before (ISO date)', valueHint: 'date' },
    actor: { type: 'string', description: 'Source or target actor (name or CAMEO code)', valueHint: 'name|code' },
    root: { type: 'string', description: 'Only this CAMEO root code (01–20)', valueHint: 'code' },
    limit: { type: 'string', description: 'Most events to export', default: '100000', valueHint: 'n' },
    ...storeArgs,
    ...debugArgs,
  },
  async run({ args }) {
    const format = String(args.format) as ExportFormat;
    if (!FORMATS.includes(format)) {
      throw new InputError(`Expected \`--format\` to be gdelt, csv or jsonl, got \`${args.format}\`.`, 'Example: tidings export events --format gdelt');
    }
    const limit = Number(args.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new InputError(`Expected a whole number for \`--limit\`, got \`${args.limit}\`.`);
    const query: EventQuery = {
      limit,
      ...(args.since ? { since: isoDate(args.since, '--since') } : {}),
      ...(args.until ? { until: isoDate(args.until, '--until') } : {}),
      ...(args.actor ? { actor: args.actor } : {}),
      ...(args.root ? { rootCode: args.root.padStart(2, '0') } : {}),
    };
    const store = await openStore(resolveDbLocation(args.db));
    try {
      const stored = await store.listEvents(query);
      const documents = new Map<string, AnalyzedDocument | undefined>();
      const rows = [];
      for (const [index, event] of stored.entries()) {
        if (!documents.has(event.documentId)) documents.set(event.documentId, await store.getDocument(event.documentId));
        rows.push(eventRow(event, index, documents.get(event.documentId)));
      }
      process.stdout.write(formatEventRows(rows, format));
      process.stderr.write(`${stored.length} events exported.\n`);
    } finally {
      await store.close();
    }
  },
});

function isoDate(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim()) || Number.isNaN(Date.parse(value.trim().slice(0, 10)))) {
    throw new InputError(`Expected an ISO date for \`${flag}\`, got \`${value}\`.`, `Write it as YYYY-MM-DD, e.g. ${flag} 2025-06-01.`);
  }
  return value.trim().slice(0, 10);
}

/** `tidings export <what>`: bulk exports for analysts' own tools. */
export default defineCommand({
  meta: { name: 'export', description: 'Export stored data for other tools (events as GDELT TSV, CSV or JSONL)' },
  subCommands: { events },
});
