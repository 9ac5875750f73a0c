import type { Token } from '../../model/token.ts';
import { FORCE_ROOTS } from './stance-code.ts';

/** Verbs and nouns of scheming: what they govern through "to" was only planned ("plotting to topple"). */
const PLOT_WORDS: ReadonlySet<string> = new Set(['plot', 'conspire', 'conspiracy', 'scheme']);
/** Verbs of trying: what they govern was set about but not achieved ("tried to reopen the talks"). */
const TRY_VERBS: ReadonlySet<string> = new Set(['try', 'attempt']);
/** Nouns of trying or of a purpose ("in a bid to", "an effort to", "a push to secure"); "push" only as a noun, its verb presses. */
const TRY_NOUNS: ReadonlySet<string> = new Set(['bid', 'attempt', 'effort', 'push']);
/** How far back from the trigger the governing "to" may be ("plotting to use hired men posing as protesters to topple"). */
const REACH = 12;

/**
 * "accused Lima of plotting to topple the government", "met in an attempt to reach a deal", "shuttled between the two
 * sides in a push to secure a truce": the act after an attempt word was aimed at, not done, and CAMEO codes no event for
 * it. A tried assault, storming or march was made even when it failed ("gunmen who tried to storm the ship", "crowds that
 * tried to march on the palace"), and so was a tried mediation ("met both sides in a bid to broker a truce"): force,
 * repression, protest and mediation are coded when tried, not when plotted.
 * Walks back over the trigger's chain of infinitives ("to use agents … to topple") and verbs joined by "and" ("to storm …
 * and overthrow"), stopping at punctuation, at "and" that opens a new clause ("and lawmakers voted to") or joins a finite
 * verb to an earlier one ("accused Baku of trying to topple him and appealed to Paris").
 */
export function isAttemptedAct(tokens: readonly Token[], trigger: number, sentenceStart: number, code: string): boolean {
  const isMadeWhenTried = FORCE_ROOTS.has(code.slice(0, 2)) || code.startsWith('14') || code.startsWith('175') || code.startsWith('045');
  for (let index = trigger - 1; index >= Math.max(sentenceStart + 1, trigger - REACH); index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT') return false;
    if (token.pos === 'CCONJ' && !isBareVerb(tokens[index + 1])) return false;
    if (token.lemma !== 'to' || (index + 1 !== trigger && tokens[index + 1]?.pos !== 'VERB')) continue;
    const word = tokens[tokens[index - 1]?.pos === 'ADV' ? index - 2 : index - 1];
    if (!word || (word.pos !== 'VERB' && word.pos !== 'NOUN')) continue;
    if (PLOT_WORDS.has(word.lemma)) return true;
    if (!isMadeWhenTried && (word.pos === 'VERB' ? TRY_VERBS : TRY_NOUNS).has(word.lemma)) return true;
  }
  return false;
}

/** A verb in its bare form ("overthrow", not "appealed"): the conjunct of an infinitive. */
function isBareVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.text.toLowerCase() === token.lemma;
}
