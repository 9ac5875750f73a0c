import type { Token } from '../../model/token.ts';
import { FORCE_ROOTS } from './stance-code.ts';

/**
 * Codes of an act done in the trying: protest (14), an arrest (173), repression (175), mediation (045). Not a seizure
 * (171): "a bid to seize the momentum" is figurative far more often than a tried boarding is reported.
 */
const MADE_WHEN_TRIED: readonly string[] = ['14', '173', '175', '045'];
/** Verbs and nouns of scheming: what they govern through "to" was only planned ("plotting to topple"). */
// The tagger may read "scheming" or "plotting" after "of" as an adjective of its own lemma, so those forms are listed too.
const PLOT_WORDS: ReadonlySet<string> = new Set(['plot', 'plotting', 'conspire', 'conspiracy', 'scheme', 'scheming']);
/** Verbs of trying: what they govern was set about but not achieved ("tried to reopen the talks"). */
const TRY_VERBS: ReadonlySet<string> = new Set(['try', 'attempt']);
/** Nouns of trying or of a purpose ("in a bid to", "an effort to", "a push to win"); "push" only as a noun, its verb presses. */
const TRY_NOUNS: ReadonlySet<string> = new Set(['bid', 'attempt', 'effort', 'push']);
/** How far back from the trigger the governing "to" may be ("scheming to use paid gunmen to unseat"). */
const REACH = 12;

/**
 * "accused Lima of scheming to unseat the cabinet", "met in an attempt to reach a deal", "toured both capitals in an
 * effort to win a ceasefire": the act after an attempt word was aimed at, not done, and CAMEO codes no event for it.
 * A tried assault, storming, arrest or march was made even when it failed ("gunmen who tried to board the
 * ship", "police tried to detain the mayor", "crowds that tried to march on the palace"), and so was a tried mediation
 * ("met both sides in a bid to broker a truce"): force, arrest, repression, protest and mediation are coded
 * when tried, not when plotted.
 * Walks back over the trigger's chain of infinitives ("to use agents … to topple") and verbs joined by "and" ("to storm …
 * and overthrow"), stopping at punctuation, at "and" that opens a new clause ("and lawmakers voted to") or joins a finite
 * verb to an earlier one ("accused Baku of trying to topple him and appealed to Paris").
 */
export function isAttemptedAct(tokens: readonly Token[], trigger: number, sentenceStart: number, code: string): boolean {
  // A finite trigger is no infinitive's verb: "the senators who were trying to stop the bill applauded her decision".
  if (tokens[trigger]?.pos === 'VERB' && !isBareVerb(tokens[trigger])) return false;
  const isMadeWhenTried = FORCE_ROOTS.has(code.slice(0, 2)) || MADE_WHEN_TRIED.some((prefix) => code.startsWith(prefix));
  for (let index = trigger - 1; index >= Math.max(sentenceStart + 1, trigger - REACH); index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT') return false;
    if (token.pos === 'CCONJ' && !isBareVerb(tokens[index + 1])) return false;
    if (token.lemma !== 'to' || (index + 1 !== trigger && tokens[index + 1]?.pos !== 'VERB')) continue;
    const word = tokens[tokens[index - 1]?.pos === 'ADV' ? index - 2 : index - 1];
    if (!word) continue;
    if (PLOT_WORDS.has(word.lemma)) return true;
    if (word.pos !== 'VERB' && word.pos !== 'NOUN') continue;
    if (!isMadeWhenTried && (word.pos === 'VERB' ? TRY_VERBS : TRY_NOUNS).has(word.lemma)) return true;
  }
  return false;
}

/** A verb in its bare form ("overthrow", not "appealed"): the conjunct of an infinitive. */
function isBareVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.text.toLowerCase() === token.lemma;
}
