import { TITLE_HEADS } from '../../knowledge/actors/titles.ts';
import { cameoCode, uncataloguedCode } from '../../knowledge/cameo/cameo-ontology.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Event } from '../../model/event.ts';
import type { Place } from '../../model/place.ts';
import type { Span } from '../../model/span.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { isInDateline } from '../dateline/is-in-dateline.ts';
import { sentenceAfterDateline } from '../dateline/sentence-after-dateline.ts';
import { datelineCountry } from '../dateline/dateline-country.ts';
import { LOCATIVE_PREPOSITIONS } from './actor-groups.ts';
import { codeSentence, type SentenceEvent } from './code-sentence.ts';
import { withoutUnfinishedLearned } from './learned-triggers.ts';
import { withCountriesOfCountryless } from './country-of-countryless.ts';
import { withDomesticSides } from './domestic-side.ts';
import { isInferredArrester, withHomeArresters } from './home-arrester.ts';
import { isInferredRepressed, withHomeRepressionTargets } from './home-repression-target.ts';
import { withHomeProtestTargets } from './home-protest-target.ts';
import { withCarriedTargets } from './carried-target.ts';
import { withPostureTargets } from './posture-target.ts';
import { withReactionTargets } from './reaction-target.ts';
import { withDispersedCrowdTargets } from './dispersed-crowd-target.ts';
import { withClaimedAttacker } from './claimed-attack.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { EventResources } from './events.ts';
import type { EventFilter } from './event-filter.ts';
import type { EventFilterInput } from './event-filter-features.ts';
import { holdsPhrase } from './discard-list.ts';
import { mergeEventDetails } from './merge-event-details.ts';
import { documentMentions } from './document-mentions.ts';
import { findActorMentions, type ActorMention, type DiscourseContext } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { withSentenceVerdicts } from './sentence-verdict.ts';
import { withUnconventionalViolence } from './unconventional-violence.ts';
import { withVowedForce } from './vowed-force.ts';
import { withAgreementsInDeals } from './agreed-in-deal.ts';
import { withCapturedPlaces } from './captured-place.ts';
import { withSuspendedBodies } from './suspended-body.ts';
import { withBlockedThings } from './blocked-thing.ts';
import { withUnknownDoersSettled } from './unknown-doer.ts';
import { withNamedAttacker } from './named-attacker.ts';

/** Codes every sentence and attaches each event's date, place and claim from the other stages' layers. */
export function codeDocument(doc: AnalyzedDocument, resources: EventResources): Event[] {
  const published = doc.meta.published?.slice(0, 10);
  const dictionaries = {
    builtin: resources.builtinActors,
    ...(resources.userActors ? { user: resources.userActors, userHasAgents: resources.userHasAgents } : {}),
  };
  const events: Event[] = [];
  const { discards } = resources;
  if (discards && holdsPhrase(doc.tokens, 0, doc.tokens.length - 1, discards.story)) return events;
  let context: DiscourseContext = { previous: [] };
  const known = documentMentions(doc);
  for (const whole of doc.sentences) {
    const sentence = sentenceAfterDateline(doc, whole);
    const mentions = findActorMentions(doc, sentence, dictionaries, published, context, known);
    context = nextContext(doc, sentence, mentions, context);
    if (discards && holdsPhrase(doc.tokens, sentence.firstToken, sentence.lastToken, discards.sentence)) continue;
    // The dateline is read for the sentence it opens only: later ones may have moved elsewhere.
    const filedIn = sentence === whole ? undefined : datelineCountry(doc);
    const scope: StepInput = { tokens: doc.tokens, sentence, mentions, patterns: resources.patterns, filedIn };
    const ruled = withSentenceSteps(codeSentence(doc.tokens, sentence, mentions, resources.patterns, resources.triggerProposer), scope);
    // The learned side-chooser reads the rules' finished events; the discourse context stays the rules' own.
    const filled = resources.sideChooser && ruled.length > 0 ? resources.sideChooser.choose({ tokens: doc.tokens, sentence, mentions, events: ruled }) : ruled;
    // A learned trigger's event the chooser could not complete is not kept; learned events come last, so the rules' own
    // keep their positions (`ruled[at]` below).
    // The pair chooser gives both sides to the learned events still without them (`keepsUnsided` kept them for it).
    const paired = resources.pairChooser && filled.length > 0 ? resources.pairChooser.choose({ tokens: doc.tokens, sentence, mentions, events: filled }) : filled;
    const sentenceEvents = resources.triggerProposer?.keepsOneSided || resources.triggerProposer?.keepsUnsided ? withoutUnfinishedLearned(paired) : paired;
    const built = sentenceEvents.map((chosen) => toEvent(doc, sentence, chosen, '', published));
    // The learned event filter reads the finished events; what it drops leaves the document but not the discourse context.
    const kept = resources.eventFilter && sentenceEvents.length > 0 ? keptByFilter(resources.eventFilter, { tokens: doc.tokens, sentence, mentions, claims: doc.claims }, sentenceEvents, built) : undefined;
    for (const [at, chosen] of sentenceEvents.entries()) {
      const event = built[at];
      if (!event) continue;
      if (kept?.[at] !== false) events.push({ ...event, id: `${doc.id}:e${events.length + 1}` });
      const coded = ruled[at] ?? chosen;
      // A learned trigger's event leaves the discourse as it was: the rules' events of later sentences do not depend on it.
      if (coded.source?.code && coded.target?.code && !coded.pattern.isLearned && !isInferredArrester(coded.source) && !isInferredRepressed(coded.target)) context = { ...context, lastEventSource: coded.source };
    }
  }
  return mergeEventDetails(events);
}

/** The filter's verdict per sentence event, read only over the events that became document events. */
function keptByFilter(filter: EventFilter, scope: Omit<EventFilterInput, 'events' | 'coded'>, events: readonly SentenceEvent[], built: readonly (Event | undefined)[]): boolean[] {
  const at = built.flatMap((event, index) => (event ? [index] : []));
  const verdicts = filter.keep({ ...scope, events: at.map((index) => events[index] as SentenceEvent), coded: at.map((index) => built[index] as Event) });
  const kept = built.map(() => true);
  for (const [position, index] of at.entries()) kept[index] = verdicts[position] !== false;
  return kept;
}

/** What the steps after a sentence's coding read: the document's tokens, the sentence, its actors and the patterns. */
interface StepInput {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly patterns: PatternIndex;
  /** The country of the dateline opening the sentence, if any (`datelineCountry`). */
  readonly filedIn: string | undefined;
}

/**
 * The steps run in order on a sentence's coded events: sides given their countries and homes, targets carried over,
 * a claimed attack's claimer as its source; the unknown doer settled once no later step changes a side; then verdicts,
 * unconventional violence, vows of force, intents written into a deal, places captured, outlets and parliaments
 * suspended, craft and plans blocked, and the unknown doer dropped where the sentence names an attacker.
 */
export const SENTENCE_STEPS: readonly ((events: readonly SentenceEvent[], scope: StepInput) => readonly SentenceEvent[])[] = [
  (events, { tokens, mentions, filedIn }) => withCountriesOfCountryless(tokens, mentions, events, filedIn),
  (events, { tokens, mentions }) => withDomesticSides(tokens, mentions, events),
  (events, { tokens, sentence, mentions }) => withHomeArresters(tokens, sentence, mentions, events),
  (events, { tokens, sentence, mentions }) => withHomeProtestTargets(tokens, sentence, mentions, events),
  (events, { tokens }) => withCarriedTargets(tokens, events),
  (events, { tokens }) => withReactionTargets(tokens, events),
  (events, { tokens, mentions }) => withPostureTargets(tokens, mentions, events),
  (events) => withDispersedCrowdTargets(events),
  (events, { tokens, mentions }) => withHomeRepressionTargets(tokens, mentions, events),
  (events, { tokens, sentence, mentions }) => withClaimedAttacker(tokens, sentence.lastToken, mentions, events),
  (events) => withUnknownDoersSettled(events),
  (events, { patterns }) => withSentenceVerdicts(events, patterns),
  (events, { tokens }) => withUnconventionalViolence(tokens, events),
  (events, { tokens }) => withVowedForce(tokens, events),
  (events, { tokens }) => withAgreementsInDeals(tokens, events),
  (events, { tokens }) => withCapturedPlaces(tokens, events),
  (events) => withSuspendedBodies(events),
  (events, { tokens }) => withBlockedThings(tokens, events),
  (events) => withNamedAttacker(events),
];

/**
 * The sentence's coded events after `SENTENCE_STEPS`. The steps rewrite the events they are given and make none from
 * nothing, so a sentence that coded none (most do) skips them: they are neither run nor compiled for it.
 */
function withSentenceSteps(coded: readonly SentenceEvent[], scope: StepInput): readonly SentenceEvent[] {
  if (coded.length === 0) return coded;
  let events = coded;
  for (const step of SENTENCE_STEPS) events = step(events, scope);
  return events;
}

/**
 * Carries actors, the salient person and group, and the last place named into the next sentence. The salient ones are
 * the sentence's subject where an actor is the subject ("Ruto arrived in Beijing. He met Xi" is Ruto), else the first
 * actor after the verb ("X's deployment to Russia alarms South Korea. They warned…" is South Korea); never a place
 * standing for its country, nor an actor that only qualifies a noun ("North Korea's deployment", "Russian forces'").
 */
function nextContext(doc: AnalyzedDocument, sentence: Sentence, mentions: readonly ActorMention[], context: DiscourseContext): DiscourseContext {
  const coded = mentions.filter((mention) => mention.code !== undefined);
  const verb = firstVerb(doc.tokens, sentence);
  const person = salientMention(doc.tokens, coded, verb, true);
  const group = salientMention(doc.tokens, coded, verb, false);
  const lastPlace = latestPlace(doc, sentence.span.end);
  const place = lastPlace?.country ? { id: lastPlace.id, country: lastPlace.country } : context.lastPlace;
  const salientPerson = person ?? context.salientPerson;
  const salientGroup = group ?? context.salientGroup;
  // Optional keys set one by one, not spread from conditional literals: this runs once per sentence.
  const next: { -readonly [K in keyof DiscourseContext]: DiscourseContext[K] } = { previous: lastOf(context.previous, coded, 40) };
  if (salientPerson) next.salientPerson = salientPerson;
  if (salientGroup) next.salientGroup = salientGroup;
  if (place) next.lastPlace = place;
  if (context.lastEventSource) next.lastEventSource = context.lastEventSource;
  return next;
}

/**
 * The first actor that can be the sentence's subject and is a person (`isPerson`), or the first that is not. Actors
 * before the verb come first: the first one that is no prepositional object is the subject. A loop of its own, so the
 * code V8 compiles on the spot in it (on-stack replacement) holds nothing of `nextContext` after it: compiled so in a
 * first sentence, that code met later sentences' arrays with no feedback and bailed out at every call.
 */
function salientMention(tokens: readonly Token[], coded: readonly ActorMention[], verb: number, isPerson: boolean): ActorMention | undefined {
  for (const mention of coded) {
    const next = tokens[mention.last + 1];
    if (mention.placeId !== undefined || next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'PART') continue;
    if (mention.first < verb && (mention.last >= verb || tokens[mention.first - 1]?.pos === 'ADP')) continue;
    // "the Pakistani president": a title written singular is a person a later "he" can stand for.
    if ((mention.isPerson === true || TITLE_HEADS.has(tokens[mention.last]?.text.toLowerCase() ?? '')) === isPerson) return mention;
  }
  return undefined;
}

/**
 * The sentence's first verb or auxiliary (past its end when it has none): what comes before it is the subject or an
 * opening phrase. Nothing follows the loop: code compiled on the spot in it had no feedback for an addition after it.
 */
function firstVerb(tokens: readonly Token[], sentence: Sentence): number {
  let index = sentence.firstToken;
  while (index <= sentence.lastToken && tokens[index]?.pos !== 'VERB' && tokens[index]?.pos !== 'AUX') index++;
  return index;
}

/**
 * The place with a country, finer than a country, whose last mention up to `before` ends latest (on a tie, the later
 * place in the list): one pass instead of filtering and sorting the places at every sentence.
 */
function latestPlace(doc: AnalyzedDocument, before: number): Place | undefined {
  let latest: Place | undefined;
  let latestEnd = -1;
  for (const place of doc.places) {
    if (!place.country || place.precision === 'country') continue;
    const end = lastMentionEnd(place.mentions, before);
    if (end >= 0 && end >= latestEnd) {
      latest = place;
      latestEnd = end;
    }
  }
  return latest;
}

function lastMentionEnd(mentions: readonly Span[], before: number): number {
  let last = -1;
  for (const span of mentions) if (span.end <= before && span.end > last) last = span.end;
  return last;
}

/**
 * The last `limit` items of `earlier` followed by `later`; `earlier` itself when nothing is added or dropped. Built-in
 * copies, no loop: a loop here was compiled on the spot in one sentence and bailed out at every later call whose arrays
 * had another elements kind (an empty literal's, a filter's).
 */
function lastOf<T>(earlier: readonly T[], later: readonly T[], limit: number): readonly T[] {
  if (later.length === 0 && earlier.length <= limit) return earlier;
  const skip = Math.max(0, earlier.length + later.length - limit);
  const joined = earlier.concat(later);
  return skip === 0 ? joined : joined.slice(skip);
}

function toEvent(doc: AnalyzedDocument, sentence: Sentence, coded: SentenceEvent, id: string, published: string | undefined): Event | undefined {
  const code = sentenceEventCode(coded);
  const cameo = cameoCode(code) ?? (/^\d{2,4}[A-Z]?$/.test(code) ? uncataloguedCode(code) : undefined);
  const trigger = spanOf(doc, coded.trigger, coded.lastWord);
  if (!cameo || !trigger) return undefined;
  const claim = doc.claims.find((candidate) => contains(candidate.content, trigger));
  const date = dateFor(doc, sentence.span) ?? (claim ? dateFor(doc, claim.span) : undefined);
  const placeId = coded.target?.placeId ?? placeIn(doc, sentence, coded);
  const hasBoth = coded.source?.code !== undefined && coded.target?.code !== undefined;
  return {
    id,
    code: cameo.code,
    baseCode: cameo.baseCode,
    rootCode: cameo.rootCode,
    label: cameo.label,
    quadClass: cameo.quadClass,
    goldstein: cameo.goldstein,
    ...(coded.source?.actorId ? { sourceActorId: coded.source.actorId } : {}),
    ...(coded.target?.actorId ? { targetActorId: coded.target.actorId } : {}),
    ...(coded.source?.code ? { sourceCode: coded.source.code } : {}),
    ...(coded.target?.code ? { targetCode: coded.target.code } : {}),
    ...(coded.isTargetless ? { isTargetless: true } : {}),
    ...(coded.isSourceUnknown ? { isSourceUnknown: true } : {}),
    ...(placeId ? { placeId } : {}),
    ...(date ? { date } : published ? { date: published } : {}),
    isDateFromPublication: date === undefined,
    modality: coded.modality,
    ...(claim ? { claimId: claim.id } : {}),
    trigger,
    sentence: sentence.span,
    rule: coded.rule ?? coded.pattern.id,
    // A trigger the trained model proposed is a guess the rules only gave sides to: half a row's confidence.
    confidence: (hasBoth ? 0.7 : 0.4) * (coded.pattern.words.length > 1 || coded.pattern.targetPrepositions.length > 0 ? 1.2 : 1) * (coded.pattern.isLearned ? 0.5 : 1),
  };
}

/** Where it happened: a place named after "in"/"at" in the sentence that is not part of an actor ("Russia's official"). */
function placeIn(doc: AnalyzedDocument, sentence: Sentence, coded: SentenceEvent): string | undefined {
  const actorSpans = [coded.source, coded.target].flatMap((mention) => (mention ? [spanOf(doc, mention.first, mention.last)] : []));
  for (const place of doc.places) {
    for (const mention of place.mentions) {
      if (!contains(sentence.span, mention) || actorSpans.some((span) => span && contains(span, mention))) continue;
      if (LOCATIVE_PREPOSITIONS.has(tokenBefore(doc, sentence, mention.start)?.lemma ?? '')) return place.id;
    }
  }
  return undefined;
}

function tokenBefore(doc: AnalyzedDocument, sentence: Sentence, start: number): Token | undefined {
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    if (doc.tokens[index]?.span.start === start) return doc.tokens[index - 1];
  }
  return undefined;
}

/** The sentence's own date; a dateline's date ("OSLO, May 2 (Reuters) -") is when the report was filed, not the event. */
function dateFor(doc: AnalyzedDocument, span: Span): string | undefined {
  return doc.dates.find((mention) => mention.value && mention.type !== 'DURATION' && contains(span, mention.span) && !isInDateline(doc, mention.span))?.value;
}

function spanOf(doc: AnalyzedDocument, first: number, last: number): Span | undefined {
  const start = doc.tokens[first];
  const end = doc.tokens[last];
  return start && end ? { start: start.span.start, end: end.span.end } : undefined;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
