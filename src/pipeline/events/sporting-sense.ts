import type { Token } from '../../model/token.ts';

const SPORTING_ENDS = new Set(['win', 'victory', 'draw', 'lead', 'beat', 'force', 'take', 'claim', 'secure', 'finish', 'earn', 'level', 'clinch', 'title', 'gold', 'medal', 'crown']);

/**
 * "rallied from 0-2 down", "rallied to a 24-20 win", "stormed to the 800m crown": a comeback or a romp, not a rally of
 * protesters ("rallied to demand" is one) nor an assault ("stormed into the town").
 */
export function isSportingRally(tokens: readonly Token[], index: number): boolean {
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

// Words of a game only; "cup" and "final" are left out ("met the emir before the Cup final" is diplomacy).
const SPORTS_WORDS = new Set(['match', 'fixture', 'tournament', 'league', 'derby', 'semi-final', 'quarter-final', 'decider', 'striker', 'goalkeeper', 'midfielder', 'wicket', 'innings']);
// A score is a game's only beside a word of winning or losing: "a 52-48 vote" or "a 5-4 ruling" is politics.
const RESULT_WORDS = new Set(['win', 'won', 'victory', 'defeat', 'loss', 'lose', 'lost', 'draw', 'drew', 'beat', 'thrashing', 'triumph']);
const NOUN_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'ADP']);
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** "went down 21-9 to Munster", "a last-16 fixture in Turin": a sentence telling of a game, by a result or a word of the sport. */
export function isSportsReport(tokens: readonly Token[], sentenceStart: number, sentenceEnd: number): boolean {
  for (let at = sentenceStart; at <= sentenceEnd; at++) {
    const token = tokens[at];
    if (!token) continue;
    if (SCORE.test(token.text) && isResultAround(tokens, at)) return true;
    if (SPORTS_WORDS.has(token.lemma) && (token.pos === 'NOUN' || NOUN_OPENERS.has(tokens[at - 1]?.pos ?? '')) && !isOccasion(tokens, at, sentenceStart)) return true;
  }
  return false;
}

function isResultAround(tokens: readonly Token[], at: number): boolean {
  for (let near = at - 2; near <= at + 2; near++) if (near !== at && RESULT_WORDS.has(tokens[near]?.text.toLowerCase() ?? '')) return true;
  return false;
}

// "met the crown prince during the tournament", "on the sidelines of the league final", "while attending the match": the
// game is when or where leaders met, not what the sentence tells.
const OCCASION_WORDS = new Set(['during', 'sideline', 'sidelines', 'margin', 'margins', 'attend', 'watch']);
const OCCASION_REACH = 4;

function isOccasion(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let back = at - 1; back >= Math.max(sentenceStart, at - OCCASION_REACH); back--) {
    const token = tokens[back];
    if (!token) return false;
    if (OCCASION_WORDS.has(token.lemma)) return true;
    if (token.lemma !== 'of' && token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'NUM' && token.pos !== 'PART') return false;
  }
  return false;
}

// "beaten to death", "to a pulp", "to within an inch of his life": the ends of a beating that "to" names; any other ("beaten
// to the prize") is a race lost.
const BEATING_ENDS = new Set(['death', 'pulp', 'within', 'unconsciousness']);
// Contests won "in" or "at" one: "beat the holders in the final". "after the match" is left out, when fans are beaten.
const CONTESTS = new Set(['final', 'semi-final', 'quarter-final', 'match', 'game', 'race', 'tournament', 'championship', 'election', 'poll', 'vote', 'debate', 'contest']);
const CONTEST_REACH = 8;

/**
 * "the Dutch women were beaten 3-1", "beat the holders' women in the cup final", "beaten to the award by a boy band":
 * "beat" of a game, a race or a prize, whoever the losers are called; a score anywhere in the sentence, a contest it was
 * won in, or "to" naming no end of a beating marks it.
 */
export function isContestBeaten(tokens: readonly Token[], index: number, sentenceStart: number, sentenceEnd: number): boolean {
  if (tokens[index]?.lemma !== 'beat') return false;
  if (tokens[index + 1]?.lemma === 'to') {
    let end = index + 2;
    while (tokens[end]?.pos === 'DET' || tokens[end]?.pos === 'ADJ') end++;
    if (!BEATING_ENDS.has(tokens[end]?.lemma ?? '')) return true;
  }
  for (let at = sentenceStart; at <= sentenceEnd; at++) if (SCORE.test(tokens[at]?.text ?? '')) return true;
  return isWonInContest(tokens, index, sentenceEnd);
}

function isWonInContest(tokens: readonly Token[], index: number, sentenceEnd: number): boolean {
  for (let at = index + 1; at <= Math.min(sentenceEnd, index + CONTEST_REACH); at++) {
    if (tokens[at]?.lemma !== 'in' && tokens[at]?.lemma !== 'at') continue;
    for (let head = at + 1; head <= at + 3; head++) if (CONTESTS.has(tokens[head]?.lemma ?? '') && tokens[head + 1]?.pos !== 'NOUN') return true;
  }
  return false;
}
