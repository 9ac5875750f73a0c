import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { InputError } from '../../model/errors.ts';
import type { Event } from '../../model/event.ts';
import { createAnalyzer } from '../../pipeline/analyzer.ts';
import { emptyEventCounts, scoreSentence, summariseEventScores, type EventCoding } from '../../pipeline/events/score-event-codings.ts';
import { debugArgs } from '../_shared.ts';

interface GoldSentence {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly codings: readonly EventCoding[];
}

/** Splits a PETRARCH validation file into sentences; forgiving, since these files mix comments and banners into XML. */
export function parsePetrarchValidation(xml: string): GoldSentence[] {
  return xml.split(/<Sentence\s/).slice(1).flatMap((block) => {
    const header = block.slice(0, block.indexOf('>'));
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1];
    if (text === undefined) return [];
    const codings = [...block.matchAll(/<EventCoding\s([^>]*?)\/?>/g)].flatMap((match): EventCoding[] => {
      const attributes = match[1] ?? '';
      const code = attribute(attributes, 'eventcode');
      return code ? [{ code, source: attribute(attributes, 'sourcecode') ?? '', target: attribute(attributes, 'targetcode') ?? '' }] : [];
    });
    const date = attribute(header, 'date');
    return [{ id: attribute(header, 'id') ?? '', ...(date ? { date: toIsoDate(date) } : {}), text: decode(text.replace(/\s+/g, ' ').trim()), codings }];
  });
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes)?.slice(1).find((value) => value !== undefined);
}

function toIsoDate(date: string): string {
  return /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : date;
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The codings an analysed sentence yields: only events with both actors coded, as in PETRARCH output. */
function predictedCodings(events: readonly Event[]): EventCoding[] {
  return events.flatMap((event) => (event.sourceCode && event.targetCode ? [{ code: event.code, source: event.sourceCode, target: event.targetCode }] : []));
}

/** `tidings eval events <file.xml> [--actors FILE,…]`: recall and precision of CAMEO coding against PETRARCH validation XML. */
export default defineCommand({
  meta: { name: 'events', description: 'Score CAMEO event coding on PETRARCH validation XML (<Sentence date>, <EventCoding>, <Text>).' },
  args: {
    file: { type: 'positional', description: 'PETRARCH validation XML file', required: true },
    actors: { type: 'string', description: 'Extra actor dictionaries (TABARI .actors/.agents, JSON or YAML), comma-separated or repeated' },
    patterns: { type: 'string', description: 'Extra event pattern files (JSON), comma-separated' },
    details: { type: 'boolean', description: 'List every sentence whose coding differs, on stderr', default: false },
    ...debugArgs,
  },
  async run({ args, rawArgs }) {
    const file = String(args.file);
    let xml: string;
    try {
      xml = readFileSync(file, 'utf8');
    } catch {
      throw new InputError(`Cannot read \`${file}\`.`, 'Give the path of a PETRARCH validation XML file.');
    }
    const sentences = parsePetrarchValidation(xml);
    if (sentences.length === 0) throw new InputError(`No <Sentence> records with <Text> in \`${file}\`.`, 'Expected PETRARCH validation XML.');
    const analyzer = await createAnalyzer({ actorFiles: listFlag(rawArgs, 'actors'), patternFiles: listFlag(rawArgs, 'patterns') });
    const counts = emptyEventCounts();
    for (const sentence of sentences) {
      const events = sentence.text.trim() === '' ? [] : analyzer.analyze(sentence.text, sentence.date ? { published: sentence.date } : {}).events;
      const predicted = predictedCodings(events);
      scoreSentence(sentence.codings, predicted, counts);
      if (args.details) reportDifference(sentence, predicted, events);
    }
    process.stderr.write(`${sentences.length} sentences, ${counts.full.gold} gold events, ${counts.full.predicted} coded.\n`);
    process.stdout.write(`${JSON.stringify({ task: 'events', ...summariseEventScores(counts) })}\n`);
  },
});

/** citty keeps only the last value of a repeated flag, so repeated and comma-separated values are read here. */
function listFlag(rawArgs: readonly string[], name: string): string[] {
  const values: string[] = [];
  rawArgs.forEach((arg, index) => {
    if (arg === `--${name}`) values.push(rawArgs[index + 1] ?? '');
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
  });
  return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

function reportDifference(sentence: GoldSentence, predicted: readonly EventCoding[], events: readonly Event[]): void {
  const show = (codings: readonly EventCoding[]) => codings.map((c) => `${c.code} ${c.source}→${c.target}`).sort().join('; ');
  if (show(sentence.codings) === show(predicted)) return;
  const rules = events.map((event) => `${event.rule}(${event.sourceCode ?? '?'}→${event.targetCode ?? '?'})`).join(' ');
  process.stderr.write(`${sentence.id}: ${sentence.text}\n  gold: ${show(sentence.codings)}\n  got:  ${show(predicted)}   [${rules}]\n`);
}
