import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { InputError } from '../../model/errors.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Event } from '../../model/event.ts';
import { loadEventFilterModel } from '../../knowledge/events/event-filter-model.ts';
import { loadSideModel } from '../../knowledge/events/side-model.ts';
import { loadTriggerModel } from '../../knowledge/events/trigger-model.ts';
import { createAnalyzer, type Analyzer } from '../../pipeline/analyzer.ts';
import { modelEventFilter } from '../../pipeline/events/event-filter.ts';
import { EVENT_FILTER_BY_DEFAULT, LEARNED_SIDES_BY_DEFAULT, LEARNED_TRIGGERS_BY_DEFAULT, resolveLearnedPairs } from '../../pipeline/events/events.ts';
import { modelPairChooser } from '../../pipeline/events/learned-pairs.ts';
import { loadPairModel } from '../../knowledge/events/pair-model.ts';
import { modelSideChooser } from '../../pipeline/events/learned-sides.ts';
import { modelTriggerProposer } from '../../pipeline/events/learned-triggers.ts';
import type { AnalyzerOptions } from '../../pipeline/stage.ts';
import { emptyEventCounts, scoreSentence, summariseEventScores, type EventCoding, type EventScoreCounts } from '../../pipeline/events/score-event-codings.ts';
import { debugArgs } from '../_shared.ts';
import { knowledgeArgs, knowledgeOptions } from '../knowledge-args.ts';
import { codesOutsideCameo, findEnvironmentDictionaries } from './environment-dictionaries.ts';

/** A coder's coding, with the word of the sentence that carries it where the set names one (session 19's labels). */
export interface GoldCoding extends EventCoding {
  /** The trigger word as written in the text (`trigger="talks"`). */
  readonly trigger?: string;
  /** Which occurrence of the word is meant, from 1, when it occurs more than once (`triggerIndex="2"`). */
  readonly triggerIndex?: number;
}

/** One sentence of a validation file: its text, its date and the codings a coder wrote for it. */
export interface GoldSentence {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly codings: readonly GoldCoding[];
}

/** Splits a PETRARCH validation file into sentences; forgiving, since these files mix comments and banners into XML. */
export function parsePetrarchValidation(xml: string): GoldSentence[] {
  // A commented-out example record is not a record; `#` banners and CoNLL-U parses outside comments are skipped as text.
  return xml.replace(/<!--[\s\S]*?-->/g, '').split(/<Sentence\s/).slice(1).flatMap((block) => {
    const header = block.slice(0, block.indexOf('>'));
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1];
    if (text === undefined) return [];
    const codings = [...block.matchAll(/<EventCoding\s([^>]*?)\/?>/g)].flatMap((match): GoldCoding[] => {
      const attributes = match[1] ?? '';
      const code = attribute(attributes, 'eventcode');
      if (!code) return [];
      const trigger = attribute(attributes, 'trigger');
      const triggerIndex = Number(attribute(attributes, 'triggerIndex'));
      const label = trigger ? { trigger: decode(trigger), ...(Number.isInteger(triggerIndex) && triggerIndex > 0 ? { triggerIndex } : {}) } : {};
      return [{ code, source: attribute(attributes, 'sourcecode') ?? '', target: attribute(attributes, 'targetcode') ?? '', ...label }];
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
 * `---`), or a target and a doer the report does not know (`---` too); not what a speaker denies happened (`deniedClaims`: ids of claims made with a verb of denying).
 */
export function predictedCodings(events: readonly Pick<Event, 'code' | 'sourceCode' | 'targetCode' | 'isTargetless' | 'isSourceUnknown' | 'claimId' | 'modality'>[], deniedClaims: ReadonlySet<string> = new Set()): EventCoding[] {
  return events.flatMap((event) => {
    const target = event.targetCode ?? (event.isTargetless === true ? '---' : undefined);
    const source = event.sourceCode ?? (event.isSourceUnknown === true ? '---' : undefined);
    // "The Kremlin denied that Russian soldiers were fighting": a denied claim's content is not coded (PETRARCH validation golds).
    const isDenied = event.modality === 'denied' && event.claimId !== undefined && deniedClaims.has(event.claimId);
    return source && target && !isDenied ? [{ code: event.code, source, target }] : [];
  });
}

/**
 * Codes one gold sentence (its date as publication date) and adds its score to `counts`: the one way a sentence is scored,
 * here and in `npm run train:sides`.
 */
export function scoreGoldSentence(analyzer: Analyzer, sentence: GoldSentence, counts: EventScoreCounts): { events: readonly Event[]; predicted: EventCoding[] } {
  const doc = sentence.text.trim() === '' ? undefined : analyzer.analyze(sentence.text, sentence.date ? { published: sentence.date } : {});
  const events = doc?.events ?? [];
  return { events, predicted: scoreCodedSentence(sentence, doc, events, counts) };
}

/**
 * Scores events coded for a gold sentence's document (undefined for an empty text) and adds them to `counts`: what
 * `scoreGoldSentence` does after analysing, for the trainers, which re-run the events stage alone on kept documents.
 */
export function scoreCodedSentence(sentence: GoldSentence, doc: Pick<AnalyzedDocument, 'claims'> | undefined, events: readonly Event[], counts: EventScoreCounts): EventCoding[] {
  const predicted = predictedCodings(events, new Set(doc?.claims.filter((claim) => DENYING_VERB.test(claim.verb)).map((claim) => claim.id)));
  scoreSentence(sentence.codings, predicted, counts);
  return predicted;
}

/**
 * A note for a scored file one of the learned models that are on was fitted on (`trainedOn`, names without `.xml`, from
 * `learnedModels`): its figures there are not estimates.
 */
export function trainedOnNote(file: string, trainedOn: readonly string[] = []): string | undefined {
  const name = basename(file).replace(/\.xml$/i, '');
  if (!trainedOn.includes(name)) return undefined;
  return `The learned models were trained on \`${name}\`: these are training-set figures, not estimates (--no-learned-triggers --no-learned-sides --no-event-filter score the rules alone).`;
}

/** The learned stages as the analyzer takes them, and the sets the models that are on were fitted on. */
export interface LearnedModels {
  readonly options: Pick<AnalyzerOptions, 'learnedTriggers' | 'learnedPairs' | 'learnedSides' | 'eventFilter'>;
  readonly trainedOn: readonly string[];
}

/** How `learnedModels` reads each model (tests pass their own; an absent loader reads the committed file). */
interface ModelLoaders {
  readonly sideModel: typeof loadSideModel;
  readonly eventFilterModel: typeof loadEventFilterModel;
  readonly triggerModel?: typeof loadTriggerModel;
  readonly pairModel?: typeof loadPairModel;
}

/**
 * The learned models that are on, each file read once: the analyzer gets the model read here, and the note the sets it
 * was fitted on (any model alone changes the score, so any one's sets call for it). A model switched off is not read
 * (its file may be missing); a stage given as an object is passed on as it is.
 */
export function learnedModels(options: Pick<AnalyzerOptions, 'learnedTriggers' | 'learnedPairs' | 'learnedSides' | 'eventFilter'>, load: ModelLoaders = { sideModel: loadSideModel, eventFilterModel: loadEventFilterModel }): LearnedModels {
  const triggerModel = (options.learnedTriggers ?? LEARNED_TRIGGERS_BY_DEFAULT) === true ? (load.triggerModel ?? loadTriggerModel)() : undefined;
  // With the proposer off the pair chooser has nothing to act on, and its file is not read.
  const pairModel = resolveLearnedPairs(options) === true ? (load.pairModel ?? loadPairModel)() : undefined;
  const sideModel = (options.learnedSides ?? LEARNED_SIDES_BY_DEFAULT) === true ? load.sideModel() : undefined;
  const filterModel = (options.eventFilter ?? EVENT_FILTER_BY_DEFAULT) === true ? load.eventFilterModel() : undefined;
  return {
    options: {
      ...(options.learnedTriggers !== undefined ? { learnedTriggers: options.learnedTriggers } : {}),
      ...(options.learnedPairs !== undefined ? { learnedPairs: options.learnedPairs } : {}),
      ...(options.learnedSides !== undefined ? { learnedSides: options.learnedSides } : {}),
      ...(options.eventFilter !== undefined ? { eventFilter: options.eventFilter } : {}),
      ...(triggerModel ? { learnedTriggers: modelTriggerProposer(triggerModel) } : {}),
      ...(pairModel ? { learnedPairs: modelPairChooser(pairModel) } : {}),
      ...(sideModel ? { learnedSides: modelSideChooser(sideModel) } : {}),
      ...(filterModel ? { eventFilter: modelEventFilter(filterModel) } : {}),
    },
    trainedOn: [...new Set([...(triggerModel?.trainedOn ?? []), ...(pairModel?.trainedOn ?? []), ...(sideModel?.trainedOn ?? []), ...(filterModel?.trainedOn ?? [])])],
  };
}

/**
 * `tidings eval events <file.xml> [--actors FILE,…]`: recall and precision of CAMEO coding against PETRARCH validation XML.
 * A file whose `<Environment>` names a verb dictionary with codes of its own (PETRARCH's unit tests) is scored with the
 * dictionaries it names, as PETRARCH scores it; a file coded in CAMEO is scored with the project's own patterns, and
 * `--environment` adds a score with the named dictionaries.
 */
export default defineCommand({
  meta: { name: 'events', description: 'Score CAMEO event coding on PETRARCH validation XML (<Sentence date>, <EventCoding>, <Text>).' },
  args: {
    file: { type: 'positional', description: 'PETRARCH validation XML file', required: true },
    ...knowledgeArgs,
    environment: {
      type: 'boolean',
      description:
        "Score with the dictionaries the file's <Environment> block names (found beside it, in ../dictionaries or beside your --actors/--patterns files). Default: only when their verb codes are not CAMEO's (a test suite's own scheme); --no-environment scores the project's patterns alone",
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
    const asked = knowledgeOptions(rawArgs);
    const { actorFiles = [], patternFiles = [], discardFiles = [] } = asked;
    const environment = findEnvironmentDictionaries(xml, file, [...actorFiles, ...patternFiles, ...discardFiles]);
    const named = [...environment.patternFiles, ...environment.actorFiles, ...environment.discardFiles];
    const hasOwnScheme = environment.patternFiles.some(codesOutsideCameo);
    const details = args.details === true;
    // A suite in a scheme of its own is coded without the built-in patterns, and so without the learned models (not
    // read). Else each model that is on is read once, for the stage and for the note of the sets it was fitted on.
    const learned = hasOwnScheme ? undefined : learnedModels(asked);
    const given: AnalyzerOptions = { ...asked, ...learned?.options };
    if (learned) {
      const note = trainedOnNote(file, learned.trainedOn);
      if (note) process.stderr.write(`${note}\n`);
    }
    if (environment.missing.length > 0) process.stderr.write(`This file's <Environment> names dictionaries not found beside it, in ../dictionaries or beside your --actors/--patterns files (${environment.missing.join(', ')}); if its gold was coded with them, give them with --actors and --patterns.\n`);
    if (named.length > 0 && (args.environment ?? hasOwnScheme)) {
      process.stderr.write(`Scored with the dictionaries this file's <Environment> names${hasOwnScheme ? ' (their verb codes are a scheme of their own, not CAMEO, so the project\'s patterns stay out; --no-environment scores the project\'s patterns alone)' : ''}: ${named.join(', ')}\n`);
      if (!hasOwnScheme) {
        const own = await scoreSentences(sentences, given, false);
        process.stdout.write(`${JSON.stringify({ task: 'events', dictionaries: 'project', ...own })}\n`);
      }
      // A suite coding in its own scheme is coded with its own verbs alone, as PETRARCH codes it: the project's CAMEO
      // patterns would add codes that mean other things there ("praised" as CAMEO's 051 where the suite has no such verb).
      const withEnvironment = { actorFiles: union(actorFiles, environment.actorFiles), patternFiles: union(patternFiles, environment.patternFiles), discardFiles: union(discardFiles, environment.discardFiles), ...(hasOwnScheme ? { builtinPatterns: false } : learned?.options) };
      const scores = await scoreSentences(sentences, withEnvironment, details);
      process.stdout.write(`${JSON.stringify({ task: 'events', ...scores })}\n`);
      return;
    }
    if (named.length > 0 && args.environment === undefined) process.stderr.write(`This file's <Environment> names PETRARCH dictionaries found here (${named.join(', ')}); they are not loaded. Add --environment to score with them.\n`);
    const scores = await scoreSentences(sentences, given, details);
    process.stdout.write(`${JSON.stringify({ task: 'events', ...scores })}\n`);
  },
});

/** The user's files and the environment's, each once: `--actors …/PETR.Validate.actors.txt` is often the same file. */
function union(given: readonly string[], named: readonly string[]): string[] {
  const seen = new Set(given.map((path) => resolve(path)));
  return [...given, ...named.filter((path) => !seen.has(resolve(path)))];
}

/** Codes every sentence with its date as publication date and scores the codings; a summary line goes to stderr. */
async function scoreSentences(sentences: readonly GoldSentence[], knowledge: AnalyzerOptions, showDetails: boolean): Promise<ReturnType<typeof summariseEventScores>> {
  const analyzer = await createAnalyzer(knowledge);
  const counts = emptyEventCounts();
  for (const sentence of sentences) {
    const { events, predicted } = scoreGoldSentence(analyzer, sentence, counts);
    if (showDetails) reportDifference(sentence, predicted, events);
  }
  process.stderr.write(`${sentences.length} sentences, ${counts.full.gold} gold events, ${counts.full.predicted} coded.\n`);
  return summariseEventScores(counts);
}

function reportDifference(sentence: GoldSentence, predicted: readonly EventCoding[], events: readonly Event[]): void {
  const show = (codings: readonly EventCoding[]) => codings.map((c) => `${c.code} ${c.source}→${c.target}`).sort().join('; ');
  if (show(sentence.codings) === show(predicted)) return;
  const rules = events.map((event) => `${event.rule}(${event.sourceCode ?? '?'}→${event.targetCode ?? '?'})`).join(' ');
  process.stderr.write(`${sentence.id}: ${sentence.text}\n  gold: ${show(sentence.codings)}\n  got:  ${show(predicted)}   [${rules}]\n`);
}
