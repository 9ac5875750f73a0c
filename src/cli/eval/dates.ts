import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { InputError } from '../../model/errors.ts';
import { createAnalyzer } from '../../pipeline/analyzer.ts';
import { dates } from '../../pipeline/dates/dates.ts';
import { scoreDateMentions, summariseDateScores, type DateMismatch, type DateScoreCounts, type GoldTimex } from '../../pipeline/dates/score-date-mentions.ts';
import { segment } from '../../pipeline/segment/segment.ts';
import { debugArgs } from '../_shared.ts';

interface GoldDocument {
  readonly doc?: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

function parseLine(line: string, number: number, file: string): GoldDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new InputError(`Line ${number} of \`${file}\` is not JSON: \`${line.slice(0, 60)}\``, 'Each line must be {doc, dct, text, timexes:[{start,end,type,value}]}.');
  }
  const record = parsed as Partial<GoldDocument>;
  if (typeof record.text !== 'string' || typeof record.dct !== 'string' || !Array.isArray(record.timexes)) {
    throw new InputError(`Line ${number} of \`${file}\` lacks \`text\`, \`dct\` or \`timexes\`.`, 'Each line must be {doc, dct, text, timexes:[{start,end,type,value}]}.');
  }
  return record as GoldDocument;
}

/** `tidings eval dates <file.jsonl>`: extent F1 and value/type accuracy of the dates stage against gold TIMEX3. */
export default defineCommand({
  meta: { name: 'dates', description: 'Score date extraction on JSONL {doc, dct, text, timexes:[{start,end,type,value}]}.' },
  args: {
    file: { type: 'positional', description: 'Gold JSONL file', required: true },
    details: { type: 'string', description: 'How many mismatches to list (default 40)', default: '40' },
    ...debugArgs,
  },
  async run({ args }) {
    const file = String(args.file);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      throw new InputError(`Cannot read \`${file}\`.`, 'Give the path of a JSONL file with gold time expressions.');
    }
    const documents = raw.split('\n').map((l, i) => [l.trim(), i + 1] as const).filter(([l]) => l).map(([l, n]) => parseLine(l, n, file));
    if (documents.length === 0) throw new InputError(`No documents in \`${file}\`.`, 'Each line must be {doc, dct, text, timexes:[{start,end,type,value}]}.');
    const analyzer = await createAnalyzer({}, [segment, dates]);
    const counts: DateScoreCounts = { gold: 0, found: 0, matched: 0, valueCorrect: 0, typeCorrect: 0 };
    const mismatches: DateMismatch[] = [];
    for (const gold of documents) {
      const analyzed = analyzer.analyze(gold.text.trim() ? gold.text : '.', { published: gold.dct });
      const doc = gold.doc;
      mismatches.push(...scoreDateMentions(gold.timexes, analyzed.dates, counts).map((m) => (doc === undefined ? m : { ...m, doc })));
    }
    const limit = Number(args.details) || 0;
    for (const kind of ['missed', 'spurious', 'value', 'type'] as const) {
      const ofKind = mismatches.filter((m) => m.kind === kind);
      process.stdout.write(`${kind}: ${ofKind.length}\n`);
      for (const m of ofKind.slice(0, limit)) process.stdout.write(`  ${m.doc ? `[${m.doc}] ` : ''}${JSON.stringify(m.text)}${m.expected ? ` expected ${m.expected}` : ''}${m.got ? ` got ${m.got}` : ''}${m.rule ? ` (${m.rule})` : ''}\n`);
    }
    process.stdout.write(`documents: ${documents.length}, gold: ${counts.gold}, found: ${counts.found}, matched: ${counts.matched}\n`);
    process.stdout.write(`${JSON.stringify({ task: 'dates', ...summariseDateScores(counts) })}\n`);
  },
});
