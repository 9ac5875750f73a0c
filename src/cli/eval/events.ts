import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defineCommand } from 'citty';
import { InputError } from '../../model/errors.ts';
import type { Event } from '../../model/event.ts';
import { createAnalyzer } from '../../pipeline/analyzer.ts';
import { emptyEventCounts, scoreSentence, summariseEventScores, type EventCoding } from '../../pipeline/events/score-event-codings.ts';
import { debugArgs } from '../_shared.ts';
import { knowledgeArgs, knowledgeOptions } from '../knowledge-args.ts';

interface GoldSentence {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly codings: readonly EventCoding[];
}

/** Splits a PETRARCH validation file into sentences; forgiving, since these files mix comments and banners into XML. */
export function parsePetrarchValidation(xml: string): GoldSentence[] {
  // A commented-out example record is not a record; `#` banners and CoNLL-U parses outside comments are skipped as text.
  return xml.replace(/<!--[\s\S]*?-->/g, '').split(/<Sentence\s/).slice(1).flatMap((block) => {
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

const DENYING_VERB = /^(deny|denie|denied|dismiss|reject|refute)/i;

/**
 * The codings an analysed sentence yields: events with both actors coded, or a source and no target by nature (PETRARCH's
 * `---`); not what a speaker denies happened (`deniedClaims`: ids of claims made with a verb of denying).
 */
export function predictedCodings(events: readonly Pick<Event, 'code' | 'sourceCode' | 'targetCode' | 'isTargetless' | 'claimId' | 'modality'>[], deniedClaims: ReadonlySet<string> = new Set()): EventCoding[] {
  return events.flatMap((event) => {
    const target = event.targetCode ?? (event.isTargetless === true ? '---' : undefined);
    // "The Kremlin denied that Russian soldiers were fighting": a denied claim's content is not coded (PETRARCH validation golds).
    const isDenied = event.modality === 'denied' && event.claimId !== undefined && deniedClaims.has(event.claimId);
    return event.sourceCode && target && !isDenied ? [{ code: event.code, source: event.sourceCode, target }] : [];
  });
}

/** `tidings eval events <file.xml> [--actors FILE,…]`: recall and precision of CAMEO coding against PETRARCH validation XML. */
export default defineCommand({
  meta: { name: 'events', description: 'Score CAMEO event coding on PETRARCH validation XML (<Sentence date>, <EventCoding>, <Text>).' },
  args: {
    file: { type: 'positional', description: 'PETRARCH validation XML file', required: true },
    ...knowledgeArgs,
    environment: {
      type: 'boolean',
      description: "Also score with the dictionaries the file's <Environment> block names (found beside it or in ../dictionaries); the last line stays the score without them",
      default: false,
    },
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
    const { actorFiles = [], patternFiles = [] } = knowledgeOptions(rawArgs);
    const environment = findEnvironmentDictionaries(xml, file);
    if (environment.actorFiles.length + environment.patternFiles.length > 0) {
      const named = [...environment.patternFiles, ...environment.actorFiles].join(', ');
      if (args.environment) {
        process.stderr.write(`<Environment> dictionaries loaded for a separate score (PETRARCH's, not the project's): ${named}\n`);
        const scores = await scoreSentences(sentences, [...actorFiles, ...environment.actorFiles], [...patternFiles, ...environment.patternFiles], false);
        process.stdout.write(`${JSON.stringify({ task: 'events', dictionaries: 'environment', ...scores })}\n`);
      } else {
        process.stderr.write(`This file's <Environment> names PETRARCH dictionaries found beside it (${named}); they are not loaded. Add --environment to also score with them.\n`);
      }
    }
    const scores = await scoreSentences(sentences, actorFiles, patternFiles, args.details === true);
    process.stdout.write(`${JSON.stringify({ task: 'events', ...scores })}\n`);
  },
});

/** Codes every sentence with its date as publication date and scores the codings; a summary line goes to stderr. */
async function scoreSentences(sentences: readonly GoldSentence[], actorFiles: readonly string[], patternFiles: readonly string[], showDetails: boolean): Promise<ReturnType<typeof summariseEventScores>> {
  const analyzer = await createAnalyzer({ actorFiles, patternFiles });
  const counts = emptyEventCounts();
  for (const sentence of sentences) {
    const doc = sentence.text.trim() === '' ? undefined : analyzer.analyze(sentence.text, sentence.date ? { published: sentence.date } : {});
    const events = doc?.events ?? [];
    const predicted = predictedCodings(events, new Set(doc?.claims.filter((claim) => DENYING_VERB.test(claim.verb)).map((claim) => claim.id)));
    scoreSentence(sentence.codings, predicted, counts);
    if (showDetails) reportDifference(sentence, predicted, events);
  }
  process.stderr.write(`${sentences.length} sentences, ${counts.full.gold} gold events, ${counts.full.predicted} coded.\n`);
  return summariseEventScores(counts);
}

/**
 * The verb, actor and agent files a PETRARCH validation file's `<Environment>` names, where they exist: beside the
 * file or in `../dictionaries` (PETRARCH's own data/text and data/dictionaries layout).
 */
export function findEnvironmentDictionaries(xml: string, file: string): { actorFiles: string[]; patternFiles: string[] } {
  const block = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml)?.[1] ?? '';
  const locate = (tag: string): string[] =>
    [...block.matchAll(new RegExp(`<${tag}>\\s*([^<]+?)\\s*</${tag}>`, 'g'))].flatMap((match) => {
      const name = basename(match[1] ?? '');
      const found = [join(dirname(file), name), join(dirname(file), '..', 'dictionaries', name)].find((path) => name !== '' && existsSync(path));
      return found ? [found] : [];
    });
  return { actorFiles: [...locate('Actorfile'), ...locate('Agentfile')], patternFiles: locate('Verbfile') };
}

/** citty keeps only the last value of a repeated flag, so repeated and comma-separated values are read here. */

function reportDifference(sentence: GoldSentence, predicted: readonly EventCoding[], events: readonly Event[]): void {
  const show = (codings: readonly EventCoding[]) => codings.map((c) => `${c.code} ${c.source}→${c.target}`).sort().join('; ');
  if (show(sentence.codings) === show(predicted)) return;
  const rules = events.map((event) => `${event.rule}(${event.sourceCode ?? '?'}→${event.targetCode ?? '?'})`).join(' ');
  process.stderr.write(`${sentence.id}: ${sentence.text}\n  gold: ${show(sentence.codings)}\n  got:  ${show(predicted)}   [${rules}]\n`);
}
