import type { Token } from '../../model/token.ts';
import type { TriggerMatch } from './find-trigger.ts';

/**
 * A conflict, arrest, protest or pledge verb used in another sense: "fight corruption", "captured her third title",
 * "the storm that hit the coast", "rallied to a 24-20 win", "demonstrated a solar pump", "promises to be close".
 * Such words fill sports, business and figurative news; none of them is an act between political actors.
 */
export function isOtherSense(tokens: readonly Token[], match: TriggerMatch, index: number, sentenceStart: number, sentenceEnd: number): boolean {
  const root = match.pattern.code.slice(0, 2);
  const lemma = tokens[index]?.lemma ?? '';
  if (SENSE_ROOTS.has(root) && FIGURATIVE_VERBS.has(lemma) && FIGURATIVE_OBJECTS.has(objectHead(tokens, match.lastWord) ?? '')) return true;
  if (SENSE_ROOTS.has(root) && WINNING_VERBS.has(lemma) && PRIZES.has(objectHead(tokens, match.lastWord) ?? '')) return true;
  if (SENSE_ROOTS.has(root) && BLOW_VERBS.has(lemma) && (hasNaturalCause(tokens, index, sentenceStart) || isByNaturalCause(tokens, match.lastWord))) return true;
  if (SENSE_ROOTS.has(root) && (lemma === 'strike' || lemma === 'hit') && (DEALS.has(objectHead(tokens, match.lastWord) ?? '') || isDealStruck(tokens, index))) return true;
  if (match.pattern.code === '0841' && lemma === 'release' && isThingReleased(tokens, index, sentenceStart)) return true;
  if (match.pattern.code === '154' && MOBILISING.has(lemma) && RESOURCES.has(objectHead(tokens, match.lastWord) ?? '')) return true;
  if (match.pattern.code === '050' && BACKING.has(lemma) && isArmedBacking(tokens, index)) return true;
  if (match.pattern.code === '042' && (CARRIED.has(tokens[index + 1]?.lemma ?? '') || isMassMovement(tokens, index, sentenceStart))) return true;
  if (match.pattern.code === '0874' && isWithdrawnThingOrEntry(tokens, match)) return true;
  if (SPORTING_ROOTS.has(root) && isSportsReport(tokens, sentenceStart, sentenceEnd)) return true;
  if (match.pattern.code === '141' && (isSportingRally(tokens, index) || isShowing(tokens, index))) return true;
  if (SENSE_ROOTS.has(root) && lemma === 'storm' && isSportingRally(tokens, index)) return true;
  // "the ruling party pulled out of talks": "ruling" names who governs, it rules nothing out.
  if (tokens[index]?.text.toLowerCase() === 'ruling' && (tokens[index + 1]?.pos === 'NOUN' || tokens[index + 1]?.pos === 'PROPN')) return true;
  // "the vote promises to be close", "threatens to become a rout": a forecast, not a pledge or threat made to anyone.
  return (lemma === 'promise' || lemma === 'threaten') && tokens[index + 1]?.lemma === 'to' && (tokens[index + 2]?.lemma === 'be' || tokens[index + 2]?.lemma === 'become');
}

const SENSE_ROOTS = new Set(['15', '17', '18', '19', '20']);

const FIGURATIVE_VERBS = new Set(['fight', 'battle', 'combat', 'tackle', 'attack', 'target', 'strike', 'hit', 'beat']);

// Causes, ills and economies fought or hit; "fight for control of the town" stays a battle and "struck a market" a blow, so
// neither control nor market is listed.
const FIGURATIVE_OBJECTS = new Set([
  'corruption', 'graft', 'fraud', 'poverty', 'crime', 'inflation', 'unemployment', 'deficit', 'disease', 'virus', 'pandemic', 'epidemic', 'outbreak',
  'cancer', 'malaria', 'hunger', 'famine', 'drought', 'blaze', 'wildfire', 'flame', 'pollution', 'climate', 'warming', 'smuggling', 'doping',
  'right', 'freedom', 'survival', 'justice', 'place', 'spot', 'relegation', 'promotion', 'title', 'trophy',
  'economy', 'trade', 'export', 'import', 'profit', 'sale', 'growth', 'consumer', 'investor', 'revenue', 'output', 'production',
]);

const WINNING_VERBS = new Set(['capture', 'seize', 'clinch', 'grab', 'snatch', 'win']);

const PRIZES = new Set(['title', 'crown', 'championship', 'trophy', 'cup', 'medal', 'gold', 'silver', 'bronze', 'prize', 'award', 'victory', 'win', 'imagination', 'attention', 'headline', 'lead', 'stake', 'seat', 'vote', 'point', 'wicket', 'set', 'pole']);

const BLOW_VERBS = new Set(['strike', 'hit', 'kill', 'destroy', 'devastate', 'ravage', 'flatten', 'wound', 'injure', 'batter', 'pound', 'attack', 'displace', 'damage']);

// Disasters, accidents and market moves that "strike" or "kill"; fire, blasts and explosions are left out, being mostly weapons.
const NATURAL_CAUSES = new Set([
  'earthquake', 'quake', 'tremor', 'aftershock', 'tsunami', 'storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood', 'flooding', 'landslide',
  'mudslide', 'avalanche', 'wildfire', 'drought', 'heatwave', 'eruption', 'collapse', 'crash', 'derailment', 'accident', 'stampede', 'disease', 'virus',
  'outbreak', 'epidemic', 'pandemic', 'cholera', 'rain', 'snowstorm', 'blizzard', 'decline', 'slump', 'downturn', 'recession', 'slowdown', 'crisis',
  'price', 'cost', 'tax', 'rate', 'dollar', 'euro', 'currency', 'inflation',
]);

const MOBILISING = new Set(['mobilize', 'mobilise']);

const RESOURCES = new Set(['aid', 'fund', 'money', 'resource', 'support', 'supply', 'relief', 'assistance', 'voter', 'supporter', 'volunteer', 'donor', 'investment', 'capital']);

const BACKING = new Set(['back', 'support']);

const ARMED = new Set(['troop', 'force', 'soldier', 'army', 'militia', 'fighter', 'warplane', 'airstrike', 'artillery', 'mercenary']);

const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

const OBJECT_PREPOSITIONS = new Set(['for', 'against', 'off', 'back']);

/** The head noun of the object, past one preposition ("fighting for greater rights", "battling against inflation"). */
function objectHead(tokens: readonly Token[], lastWord: number): string | undefined {
  const from = OBJECT_PREPOSITIONS.has(tokens[lastWord + 1]?.lemma ?? '') ? lastWord + 1 : lastWord;
  let head: string | undefined;
  for (let at = from + 1; at <= from + 6; at++) {
    const token = tokens[at];
    // "his tenth Australian Open title": a capitalised word is part of a name, whatever its tag.
    if (!token || (!MODIFIERS.has(token.pos) && !/^\p{Lu}/u.test(token.text))) break;
    if (token.pos === 'NOUN') head = token.lemma;
  }
  return head;
}

const RELATIVES = new Set(['that', 'which']);

/**
 * "The cyclone that struck Mozambique has killed 300", "the fall of a bridge deck which crushed six cars": the clause's
 * subject, read back past a relative clause, is a disaster or a market move. Stops at a comma, a conjunction or an
 * earlier main verb, so "rebels attacked the town after the floods" keeps its attackers.
 */
function hasNaturalCause(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  for (let at = index - 1; at >= Math.max(sentenceStart, index - 14); at--) {
    const token = tokens[at];
    if (!token || token.text === ',' || token.text === ';' || token.pos === 'CCONJ' || token.pos === 'SCONJ') return false;
    if (token.pos === 'NOUN' && NATURAL_CAUSES.has(token.lemma)) return true;
    if (token.pos === 'VERB' && !RELATIVES.has(tokens[at - 1]?.lemma ?? '')) return false;
  }
  return false;
}

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

const SPORTING_ENDS = new Set(['win', 'victory', 'draw', 'lead', 'beat', 'force', 'take', 'claim', 'secure', 'finish', 'earn', 'level', 'clinch', 'title', 'gold', 'medal', 'crown']);

/**
 * "rallied from 0-2 down", "rallied to a 24-20 win", "stormed to the 800m crown": a comeback or a romp, not a rally of
 * protesters ("rallied to demand" is one) nor an assault ("stormed into the town").
 */
function isSportingRally(tokens: readonly Token[], index: number): boolean {
  const lemma = tokens[index]?.lemma;
  if (lemma !== 'rally' && lemma !== 'storm') return false;
  const next = tokens[index + 1]?.lemma;
  if (next === 'from' && lemma === 'rally') return true;
  if (next !== 'to') return false;
  for (let at = index + 2; at <= index + 5; at++) {
    const token = tokens[at];
    if (!token) return false;
    if (SPORTING_ENDS.has(token.lemma)) return true;
    if (token.pos !== 'DET' && token.pos !== 'NUM' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  }
  return false;
}

const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'time']);

/** "demonstrated a wireless headset", "demonstrated its resolve", "demonstrated how…": showing something, not protesting. */
function isShowing(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lemma !== 'demonstrate') return false;
  const next = tokens[index + 1];
  if (!next || !(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NOUN' || next.lemma === 'how' || next.lemma === 'that' || next.lemma === 'what')) return false;
  const head = objectHead(tokens, index);
  return head === undefined || !TIME_NOUNS.has(head);
}

const TAKING_VERBS = new Set(['capture', 'seize']);

const TERRITORY = new Set(['town', 'city', 'village', 'strip', 'coastline', 'coast', 'territory', 'area', 'district', 'region', 'province', 'hill', 'ridge', 'base', 'airport', 'airfield', 'port', 'stronghold', 'enclave', 'island', 'crossing', 'outpost', 'capital', 'headquarters', 'garrison']);

/** "the army captured a hilltop garrison held by the insurgents": ground taken is occupied (192), not people arrested (173). */
export function isGroundTaken(tokens: readonly Token[], match: TriggerMatch): boolean {
  return (match.pattern.code === '173' || match.pattern.code === '171') && TAKING_VERBS.has(tokens[match.trigger]?.lemma ?? '') && TERRITORY.has(objectHead(tokens, match.lastWord) ?? '');
}

/** "flew him to Costa Rica", "took them to the border": someone carried off by the subject, not a visit the subject pays. */
const CARRIED = new Set(['him', 'her', 'them']);

const MASS_WORDS = new Set(['thousand', 'thousands', 'hundreds', 'million', 'millions']);
const MASS_NUMBER = 100;

/**
 * "some 80,000 Serbs fled the province for Serbia", "thousands of migrants crossed into Greece":
 * a people moving in the thousands flee or migrate; visits are paid by leaders and delegations.
 */
function isMassMovement(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  for (let at = index - 1; at >= Math.max(sentenceStart, index - 8); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && at < index - 1)) return false;
    if (MASS_WORDS.has(token.lemma) || MASS_WORDS.has(token.text.toLowerCase())) return true;
    if (token.pos === 'NUM' && Number(token.text.replace(/,/g, '')) >= MASS_NUMBER) return true;
  }
  return false;
}

// Things withdrawn that are no forces: guns drawn, offers, bills, money, products, entries.
const THINGS_WITHDRAWN = new Set(['gun', 'pistol', 'revolver', 'knife', 'weapon', 'offer', 'bid', 'proposal', 'proposals', 'bill', 'plan', 'money', 'asset', 'fund', 'deposit', 'contract', 'product', 'drug', 'application', 'claim', 'complaint', 'candidacy', 'nomination', 'name', 'remark', 'comment', 'statement', 'advert', 'poster', 'video', 'film', 'licence', 'license', 'lawsuit', 'case', 'charge']);
// Contests and shows a player or a band pulls out of, and the ailments they pull out with.
const CONTESTS = new Set(['olympics', 'games', 'tournament', 'championship', 'championships', 'race', 'match', 'open', 'cup', 'final', 'concert', 'show', 'festival', 'meet', 'event', 'contest', 'squad', 'team', 'tour', 'fight', 'bout', 'league', 'injury', 'injured', 'infection', 'illness', 'strain']);

/**
 * "withdrew its $2bn offer", "pulled out of next month's indoor games", "pulled out with a sore hamstring": a thing
 * or an entry withdrawn, not a force retreating.
 */
function isWithdrawnThingOrEntry(tokens: readonly Token[], match: TriggerMatch): boolean {
  const lemma = tokens[match.trigger]?.lemma ?? '';
  if (!WITHDRAWING.has(lemma)) return false;
  return phraseHas(tokens, match.lastWord, THINGS_WITHDRAWN) || phraseHas(tokens, match.lastWord, CONTESTS);
}

// The nouns too: "her exit from the race", "his withdrawal from the tournament".
const WITHDRAWING = new Set(['withdraw', 'pull', 'withdrawal', 'pullout', 'pull-out', 'exit']);
const PHRASE_REACH = 7;

/** Whether a word of the short phrase after `from` ("$1bn in assets", "the Australian Open") is one of `words`. */
function phraseHas(tokens: readonly Token[], from: number, words: ReadonlySet<string>): boolean {
  for (let at = from + 1; at <= from + PHRASE_REACH; at++) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && !/^\p{Lu}/u.test(token.text))) return false;
    if (words.has(token.lemma)) return true;
  }
  return false;
}

// Meetings, visits and hosting between national sides fill the sports pages ("France hosted Italy in Lyon").
const SPORTING_ROOTS = new Set(['04']);
// Words of a game only; "cup" and "final" are left out ("met the emir before the Cup final" is diplomacy).
const SPORTS_WORDS = new Set(['match', 'fixture', 'tournament', 'league', 'derby', 'semi-final', 'quarter-final', 'decider', 'striker', 'goalkeeper', 'midfielder', 'wicket', 'innings']);
// A score is a game's only beside a word of winning or losing: "a 52-48 vote" or "a 5-4 ruling" is politics.
const RESULT_WORDS = new Set(['win', 'won', 'victory', 'defeat', 'loss', 'lose', 'lost', 'draw', 'drew', 'beat', 'thrashing', 'triumph']);
const NOUN_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'ADP']);

/** "went down 21-9 to Munster", "a last-16 fixture in Turin": a sentence telling of a game, by a result or a word of the sport. */
function isSportsReport(tokens: readonly Token[], sentenceStart: number, sentenceEnd: number): boolean {
  for (let at = sentenceStart; at <= sentenceEnd; at++) {
    const token = tokens[at];
    if (!token) continue;
    if (/^\d{1,3}-\d{1,3}$/.test(token.text) && isResultAround(tokens, at)) return true;
    if (SPORTS_WORDS.has(token.lemma) && (token.pos === 'NOUN' || NOUN_OPENERS.has(tokens[at - 1]?.pos ?? ''))) return true;
  }
  return false;
}

function isResultAround(tokens: readonly Token[], at: number): boolean {
  for (let near = at - 2; near <= at + 2; near++) if (near !== at && RESULT_WORDS.has(tokens[near]?.text.toLowerCase() ?? '')) return true;
  return false;
}

const DEALS = new Set(['deal', 'accord', 'agreement', 'bargain', 'balance', 'compromise', 'note', 'chord', 'pose', 'tone']);

/** "a pricing accord, which was struck with the regulator": a deal struck in the passive, named before the verb. */
function isDealStruck(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) if (DEALS.has(tokens[at]?.lemma ?? '')) return true;
  return false;
}

/** "was battered by two cyclones", "has been hit by rising jet-fuel prices": the passive's agent is a disaster or a market move. */
function isByNaturalCause(tokens: readonly Token[], lastWord: number): boolean {
  if (tokens[lastWord + 1]?.lemma !== 'by') return false;
  for (let at = lastWord + 2; at <= lastWord + 6; at++) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'ADP') return false;
    if (token.pos === 'NOUN' && NATURAL_CAUSES.has(token.lemma)) return true;
  }
  return false;
}

// Things published rather than people freed.
const RELEASED_THINGS = new Set(['figure', 'data', 'datum', 'report', 'album', 'single', 'film', 'movie', 'dvd', 'output', 'number', 'statement', 'result', 'video', 'book', 'record', 'track', 'song', 'footage', 'document', 'game', 'product', 'version', 'trailer', 'detail', 'statistic', 'estimate', 'forecast', 'survey', 'poll', 'study', 'minute', 'transcript', 'photo', 'image', 'picture']);

/** "export data released on Monday", "her second novel is released in May": what was released is a thing, named before. */
function isThingReleased(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  for (let at = index - 1; at >= Math.max(sentenceStart, index - 4); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && token.lemma !== 'be')) return false;
    if (token.pos === 'NOUN') return RELEASED_THINGS.has(token.lemma);
  }
  return false;
}
