import type { Token } from '../../model/token.ts';
import { isPassiveAt } from './clause-shape.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { hasNaturalCause, hasNaturalCauseOfParticiple, isByNaturalCause } from './natural-cause.ts';
import { objectHead, objectHeadAt } from './object-head.ts';
import { PUBLISHED_THINGS } from './published-things.ts';
import { isContestBeaten, isSportingRally, isSportsReport } from './sporting-sense.ts';
import { isUnchargedVehicle } from './vehicle-bomb.ts';
import { isWithdrawnThingOrEntry } from './withdrawn-thing.ts';
import { dayAfter } from './weekdays.ts';
import { isYear } from './year-number.ts';

/** A trigger where it stands: the sentence's tokens, the matched row and the bounds of the sentence. */
export interface TriggerPlace {
  readonly tokens: readonly Token[];
  readonly match: TriggerMatch;
  readonly index: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** One reading of a trigger in another sense: the codes it can undo, and the test on the trigger's words. */
interface SenseRule {
  readonly appliesTo: (code: string) => boolean;
  readonly test: (place: TriggerPlace, lemma: string) => boolean;
}

const SENSE_ROOTS = new Set(['15', '17', '18', '19', '20']);
const isForceCode = (code: string): boolean => SENSE_ROOTS.has(code.slice(0, 2));
const isCode = (wanted: string) => (code: string): boolean => code === wanted;
const isAnyCode = (): boolean => true;

/**
 * A conflict, arrest, protest or pledge verb used in another sense: "fight corruption", "captured her third title",
 * "the storm that hit the coast", "rallied to a 24-20 win", "demonstrated a solar pump", "promises to be close".
 * Such words fill sports, business and figurative news; none of them is an act between political actors.
 */
export function isOtherSense(place: TriggerPlace): boolean {
  const code = place.match.pattern.code;
  const lemma = triggerLemma(place);
  return SENSE_RULES.some((rule) => rule.appliesTo(code) && rule.test(place, lemma));
}

/**
 * A participle read as a verb though tagged as an adjective ("will start releasing titles") keeps its own form as lemma:
 * the pattern's word it begins with is the verb the sense rules know.
 */
function triggerLemma({ tokens, index, match }: TriggerPlace): string {
  const token = tokens[index];
  if (token?.pos !== 'ADJ') return token?.lemma ?? '';
  const lower = token.text.toLowerCase();
  return match.pattern.words[0]?.find((word) => lower.startsWith(word.replace(/e$/, ''))) ?? token.lemma;
}

const FIGURATIVE_VERBS = new Set(['fight', 'battle', 'combat', 'tackle', 'attack', 'target', 'strike', 'hit', 'beat']);

// Causes, ills and economies fought or hit; "fight for control of the town" stays a battle and "struck a market" a blow, so
// neither control nor market is listed.
const FIGURATIVE_OBJECTS = new Set([
  'corruption', 'graft', 'fraud', 'poverty', 'crime', 'inflation', 'unemployment', 'deficit', 'disease', 'virus', 'pandemic', 'epidemic', 'outbreak',
  'cancer', 'malaria', 'hunger', 'famine', 'drought', 'blaze', 'wildfire', 'flame', 'pollution', 'climate', 'warming', 'smuggling', 'doping',
  'economy', 'trade', 'export', 'import', 'profit', 'sale', 'growth', 'consumer', 'investor', 'revenue', 'output', 'production',
]);
// Goals fought for, figurative only after "for": "attacked a place of worship" is a blow, "fighting for a place in the
// final" is not. A struggle for rights or survival is a fight when an opponent follows ("for their land against the
// army"); a placing in a contest is not, whoever the rival.
const STRUGGLES = new Set(['right', 'freedom', 'survival', 'justice']);
const PLACINGS = new Set(['place', 'spot', 'relegation', 'promotion', 'title', 'trophy']);
const OPPONENT_REACH = 4;

/** "fight corruption", "battling for promotion", "fighting for their rights"; but not "fought for their land against the army". */
function isFigurative(place: TriggerPlace, lemma: string): boolean {
  if (!FIGURATIVE_VERBS.has(lemma)) return false;
  const { tokens, match } = place;
  const head = objectHeadAt(tokens, match.lastWord);
  if (!head) return false;
  const isForGoal = tokens[match.lastWord + 1]?.lemma === 'for';
  if (isForGoal && PLACINGS.has(head.lemma)) return true;
  if (!(isForGoal && STRUGGLES.has(head.lemma)) && !FIGURATIVE_OBJECTS.has(head.lemma)) return false;
  for (let at = head.at + 1; at <= head.at + OPPONENT_REACH; at++) if (tokens[at]?.lemma === 'against') return false;
  return true;
}

const WINNING_VERBS = new Set(['capture', 'seize', 'clinch', 'grab', 'snatch', 'win']);
const PRIZES = new Set(['title', 'crown', 'championship', 'trophy', 'cup', 'medal', 'prize', 'award', 'victory', 'win', 'imagination', 'attention', 'headline', 'lead', 'vote', 'wicket', 'pole']);
// Medals are won or captured; metal seized is contraband ("customs seized gold bound for the coast").
const METALS = new Set(['gold', 'silver', 'bronze']);
// Scores and shares are snatched or won; a seat of government, a strongpoint or a stake in a firm is what forces and
// states capture or seize.
const SCORES = new Set(['point', 'set', 'seat', 'stake']);
const SCORING_VERBS = new Set(['clinch', 'grab', 'snatch', 'win']);

/** "clinched the crown", "snatched a late point": a prize or a score won, not people or ground seized. */
function isPrizeWon(place: TriggerPlace, lemma: string): boolean {
  if (!WINNING_VERBS.has(lemma)) return false;
  const prize = objectLemma(place);
  return PRIZES.has(prize) || (METALS.has(prize) && lemma !== 'seize') || (SCORES.has(prize) && SCORING_VERBS.has(lemma));
}

// What a candidate or party wins in a vote; names of ground (district, province, region) stay with the fighting sense:
// insurgents take districts in election seasons too.
const ELECTORAL_UNITS = new Set(['seat', 'state', 'constituency', 'ward', 'majority']);
const VOTES = new Set(['election', 'vote', 'poll', 'ballot', 'race', 'primary', 'runoff', 'caucus']);

/**
 * "the senator carried the election, capturing three swing states", "the party seized 40 seats in the runoff": seats or
 * states taken in a sentence about a vote are won, not ground occupied or people arrested.
 */
function isElectionWon(place: TriggerPlace, lemma: string): boolean {
  if (!WINNING_VERBS.has(lemma) && lemma !== 'take') return false;
  if (!ELECTORAL_UNITS.has(objectLemma(place))) return false;
  for (let at = place.sentenceStart; at <= place.sentenceEnd; at++) if (VOTES.has(place.tokens[at]?.lemma.toLowerCase() ?? '')) return true;
  return false;
}

const BLOW_VERBS = new Set(['strike', 'hit', 'kill', 'destroy', 'devastate', 'ravage', 'flatten', 'wound', 'injure', 'batter', 'pound', 'attack', 'displace', 'damage']);

const DEALS = new Set(['deal', 'accord', 'agreement', 'bargain', 'balance', 'compromise', 'note', 'chord', 'pose', 'tone']);
const BE_FORMS = new Set(['be', 'is', 'was', 'were', 'been', 'being', 'are']);

/**
 * "the accord, which was struck with the regulator", "a deal struck last week": the deal is what was struck, named
 * right before the verb in the passive or a reduced relative; "after the deal, Russia struck Odesa" names a striker.
 */
function isDealStruck(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  if (BE_FORMS.has(tokens[at]?.text.toLowerCase() ?? '')) {
    at--;
    if (tokens[at]?.lemma === 'which' || tokens[at]?.lemma === 'that') at--;
    if (tokens[at]?.text === ',') at--;
  }
  return DEALS.has(tokens[at]?.lemma ?? '') && tokens[at]?.pos === 'NOUN';
}

// Things published rather than people freed (films, tracks and polls too).
const RELEASED_THINGS = new Set([...PUBLISHED_THINGS, 'datum', 'movie', 'dvd', 'output', 'track', 'game', 'trailer', 'statistic', 'survey', 'poll', 'study', 'minute', 'transcript', 'picture', 'title']);

/** "export data released on Monday", "her second novel is released in May": what was released is a thing, named before. */
function isThingReleased(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  for (let at = index - 1; at >= Math.max(sentenceStart, index - 4); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && token.lemma !== 'be')) return false;
    if (token.pos === 'NOUN') return RELEASED_THINGS.has(token.lemma);
  }
  return false;
}

const MOBILISING = new Set(['mobilize', 'mobilise']);
const RESOURCES = new Set(['aid', 'fund', 'money', 'resource', 'support', 'supply', 'relief', 'assistance', 'voter', 'supporter', 'volunteer', 'donor', 'investment', 'capital']);

const BACKING = new Set(['back', 'support']);
const ARMED = new Set(['troop', 'force', 'soldier', 'army', 'militia', 'fighter', 'warplane', 'airstrike', 'artillery', 'mercenary']);

/** "a militia backed by Eritrean soldiers", "forces backing the ousted general": armed backing is fighting alongside, not verbal support. */
function isArmedBacking(tokens: readonly Token[], index: number): boolean {
  if (ARMED.has(tokens[index - 1]?.lemma ?? '')) return true;
  if (tokens[index + 1]?.lemma !== 'by') return false;
  for (let at = index + 2; at <= index + 7; at++) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
    if (ARMED.has(token.lemma)) return true;
  }
  return false;
}

// "the border guards drove them to the frontier", "flew her out": someone carried off by the subject, not a visit paid.
const CARRIED = new Set(['him', 'her', 'them']);
const MASS_WORDS = new Set(['thousand', 'thousands', 'hundreds', 'million', 'millions']);
const MASS_NUMBER = 100;
const MASS_REACH = 8;

/**
 * "some 40,000 villagers fled the valley for the coast", "thousands of families crossed into Chad": a people moving in
 * the thousands flee or migrate; visits are paid by leaders and delegations. A year is no crowd ("In 2021 the envoy
 * visited…"), so a number counts only when it counts the words that follow it.
 */
function isMassMovement(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  for (let at = index - 1; at >= Math.max(sentenceStart, index - MASS_REACH); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && at < index - 1)) return false;
    if (MASS_WORDS.has(token.lemma) || MASS_WORDS.has(token.text.toLowerCase())) return true;
    if (token.pos === 'NUM' && Number(token.text.replace(/,/g, '')) >= MASS_NUMBER && !isYear(token.text) && isCounting(tokens[at + 1])) return true;
  }
  return false;
}

/** "some 40,000 villagers", "3,000 exhausted migrants": the number counts the people named after it. */
function isCounting(next: Token | undefined): boolean {
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'time']);

/**
 * "was detained in Lagos and flown to Madrid", "were freed and driven home": the journey of people moved by others, told
 * by a participle right after "and" whose predicate before it is a passive, with no auxiliary of its own. Only a form
 * that is no past tense ("flown", "driven", "taken"): "was welcomed by Xi and flew on to Shanghai", "was received by the
 * king and travelled to Jeddah" are journeys of the traveller's own.
 */
function isAfterJoinedPassive(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  if (tokens[trigger - 1]?.lemma !== 'and' || !/(?:wn|en)$/i.test(tokens[trigger]?.text ?? '')) return false;
  // "were freed by the king, Abdullah II, and flown home": past an appositive's commas, not past a clause's end.
  for (let at = trigger - 2; at >= sentenceStart; at--) {
    const token = tokens[at] as Token;
    if (token.text === ';' || token.text === ':' || token.text === '.') return false;
    if (token.pos === 'VERB') return isPassiveAt(tokens, at);
  }
  return false;
}

/** "demonstrated a wireless headset", "demonstrated its resolve", "demonstrated how…": showing something, not protesting. */
function isShowing(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lemma !== 'demonstrate') return false;
  const next = tokens[index + 1];
  if (!next || !(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NOUN' || next.lemma === 'how' || next.lemma === 'that' || next.lemma === 'what')) return false;
  const head = objectHead(tokens, index);
  return head === undefined || !TIME_NOUNS.has(head);
}

/** "the ruling party pulled out of talks": "ruling" names who governs, it rules nothing out. */
function isRulingAdjective(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.pos;
  return tokens[index]?.text.toLowerCase() === 'ruling' && (next === 'NOUN' || next === 'PROPN');
}

/** "the vote promises to be close", "threatens to become a rout": a forecast, not a pledge or threat made to anyone. */
function isForecast(tokens: readonly Token[], index: number, lemma: string): boolean {
  const then = tokens[index + 2]?.lemma;
  return (lemma === 'promise' || lemma === 'threaten') && tokens[index + 1]?.lemma === 'to' && (then === 'be' || then === 'become');
}

const REFUSING = new Set(['refuse', 'decline']);

/**
 * "refused to rule out force", "declined on Sunday to rule out talks": an option kept open, no rejection of anything,
 * whether the refusing verb fired a rejection row or "rule out" / "exclude" fired one of its own.
 */
function isOptionKeptOpen(tokens: readonly Token[], index: number, lemma: string): boolean {
  if (REFUSING.has(lemma)) {
    const to = dayAfter(tokens, index) + 1;
    return tokens[to]?.lemma === 'to' && isExcluding(tokens, to + 1);
  }
  if (!isExcluding(tokens, index) || tokens[index - 1]?.lemma !== 'to') return false;
  const refusing = REFUSING.has(tokens[index - 2]?.lemma ?? '') ? index - 2 : index - 4;
  return REFUSING.has(tokens[refusing]?.lemma ?? '') && dayAfter(tokens, refusing) === index - 2;
}

const isExcluding = (tokens: readonly Token[], at: number): boolean => (tokens[at]?.lemma === 'rule' && tokens[at + 1]?.lemma === 'out') || tokens[at]?.lemma === 'exclude';

const objectLemma = (place: TriggerPlace): string => objectHead(place.tokens, place.match.lastWord) ?? '';

// Meetings, visits and hosting between national sides fill the sports pages ("France hosted Italy in Lyon").
const isMeetingCode = (code: string): boolean => code.startsWith('04');
const isRejectionCode = (code: string): boolean => code.startsWith('12');

const DEMONSTRATIVE_TAGS = new Set(['DET', 'PRON']);
/**
 * "denied all that", "denied that.": a "that" after a determiner or ending its clause is the thing denied, opening no
 * clause; in "denied Lima built that wall" a verb before it shows the clause began already, without "that".
 */
function isDemonstrativeThat(tokens: readonly Token[], denial: number, that: number): boolean {
  if (DEMONSTRATIVE_TAGS.has(tokens[that - 1]?.pos ?? '') || tokens[that + 1] === undefined || tokens[that + 1]?.pos === 'PUNCT') return true;
  return tokens.slice(denial + 1, that).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
}

const SENSE_RULES: readonly SenseRule[] = [
  { appliesTo: isForceCode, test: isFigurative },
  { appliesTo: isForceCode, test: isPrizeWon },
  { appliesTo: isForceCode, test: isElectionWon },
  { appliesTo: isForceCode, test: ({ tokens, index, sentenceStart, match }, lemma) => BLOW_VERBS.has(lemma) && (hasNaturalCause(tokens, index, sentenceStart) || hasNaturalCauseOfParticiple(tokens, index, sentenceStart) || isByNaturalCause(tokens, match.lastWord)) },
  { appliesTo: isForceCode, test: (place, lemma) => (lemma === 'strike' || lemma === 'hit') && (DEALS.has(objectLemma(place)) || isDealStruck(place.tokens, place.index)) },
  { appliesTo: isForceCode, test: ({ tokens, index }, lemma) => lemma === 'storm' && isSportingRally(tokens, index) },
  { appliesTo: isForceCode, test: ({ tokens, index, sentenceStart, sentenceEnd }) => isContestBeaten(tokens, index, sentenceStart, sentenceEnd) },
  { appliesTo: isCode('1832'), test: ({ tokens, match }) => isUnchargedVehicle(tokens, match) },
  // "will start releasing titles", "released its trade figures": the thing may also be the object after the verb.
  { appliesTo: isCode('0841'), test: (place, lemma) => lemma === 'release' && (isThingReleased(place.tokens, place.index, place.sentenceStart) || RELEASED_THINGS.has(objectLemma(place))) },
  { appliesTo: isCode('154'), test: (place, lemma) => MOBILISING.has(lemma) && RESOURCES.has(objectLemma(place)) },
  { appliesTo: isCode('050'), test: ({ tokens, index }, lemma) => BACKING.has(lemma) && isArmedBacking(tokens, index) },
  { appliesTo: isCode('042'), test: ({ tokens, index, sentenceStart }) => CARRIED.has(tokens[index + 1]?.lemma ?? '') || isMassMovement(tokens, index, sentenceStart) || isAfterJoinedPassive(tokens, index, sentenceStart) },
  { appliesTo: isCode('0874'), test: ({ tokens, match, sentenceStart }) => isWithdrawnThingOrEntry(tokens, match, sentenceStart) },
  { appliesTo: isMeetingCode, test: ({ tokens, sentenceStart, sentenceEnd }) => isSportsReport(tokens, sentenceStart, sentenceEnd) },
  { appliesTo: isCode('141'), test: ({ tokens, index }) => isSportingRally(tokens, index) || isShowing(tokens, index) },
  { appliesTo: isCode('016'), test: ({ tokens, match }) => match.pattern.phrase === 'deny that' && isDemonstrativeThat(tokens, match.trigger, match.lastWord) },
  { appliesTo: isAnyCode, test: ({ tokens, index }) => isRulingAdjective(tokens, index) },
  { appliesTo: isAnyCode, test: ({ tokens, index }, lemma) => isForecast(tokens, index, lemma) },
  { appliesTo: isRejectionCode, test: ({ tokens, index }, lemma) => isOptionKeptOpen(tokens, index, lemma) },
];
