import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { SUBORDINATORS } from './find-subject.ts';
import { NOUN_MODIFIER_TAGS } from './actor-groups.ts';

/** A later clause a trigger's "and" joins it to, and that clause's actor subject if it names one. */
export interface LaterClause {
  readonly subject: ActorGroup | undefined;
}

/**
 * "Traders shut the market after a soldier beat and detained a vendor", "India shelled the posts after Pakistani
 * gunmen slipped over the line and shot two farmers": a verb joined by "and" to the finite verb of a later clause
 * opened by a subordinator shares that clause's subject, not the last subject found before it (ending at `from`).
 * A clause with no object and no actor as subject ("after a bomb went off and charged them", "after the truce
 * collapsed and accused") tells of a thing: the verb stays the main clause's. A pronoun subject ("after he stabbed and
 * killed") or an object ("after striking miners seized the managers and burned") is some doer we cannot name.
 */
export function laterClauseOf(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, from: number, trigger: number): LaterClause | undefined {
  if (tokens[trigger]?.text.endsWith('ing')) return undefined;
  for (let opener = from + 1; opener < trigger - 2; opener++) {
    const token = tokens[opener];
    if (!token || token.text === ';' || !SUBORDINATORS.has(token.lemma)) continue;
    // "as a gesture", "after talks", "after meeting Lula": a preposition or a gerund opens no clause with a subject.
    if ((token.lemma === 'as' && token.pos !== 'SCONJ') || tokens[opener + 1]?.pos === 'VERB') continue;
    const verb = finiteVerb(tokens, opener + 2, trigger - 2) ?? pastFormBeforeAnd(tokens, trigger);
    if (verb === undefined) continue;
    // "since the war began, and warned the West": a comma closes the later clause; the verb after it is the main clause's.
    if (tokens.slice(verb + 1, trigger).some((between) => between.text === ',')) return undefined;
    let first = opener + 1;
    while (NOUN_MODIFIER_TAGS.has(tokens[first]?.pos ?? '')) first++;
    // "before riot police retook", "after Tuareg rebel fighters shelled": the noun right before the clause's
    // verb heads its subject; else the group opening the clause ("after the Quechua farmers in Cuzco marched").
    const heads = (group: ActorGroup): boolean => group.first > opener && group.last === verb - 1;
    const opens = (group: ActorGroup): boolean => group.first > opener && group.first <= first && group.last < verb;
    const subject = groups.find(heads) ?? countryless?.find(heads) ?? groups.find(opens) ?? countryless?.find(opens);
    const hasObject = OBJECT_OPENERS.has(tokens[verb + 1]?.pos ?? '');
    return subject || hasObject || tokens[first]?.pos === 'PRON' ? { subject } : undefined;
  }
  return undefined;
}

const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** The first verb between `from` and `to` that is no gerund, no infinitive and no participle modifying a noun ("the disputed border"). */
function finiteVerb(tokens: readonly Token[], from: number, to: number): number | undefined {
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (token?.pos !== 'VERB' || token.text.endsWith('ing')) continue;
    const previous = tokens[index - 1];
    if (previous?.lemma === 'to' || previous?.pos === 'DET' || previous?.pos === 'ADJ' || previous?.pos === 'ADP') continue;
    return index;
  }
  return undefined;
}

/**
 * "after rebels chased and killed two soldiers": the tagger reads a past form with no object as a noun or an adjective
 * ("chased", "cornered"); right before the trigger's "and", before a verb, it is the clause's verb.
 */
function pastFormBeforeAnd(tokens: readonly Token[], trigger: number): number | undefined {
  const before = tokens[trigger - 2];
  const isPast = (token: Token | undefined): boolean => token !== undefined && /[a-z]ed$/.test(token.text);
  return tokens[trigger - 1]?.lemma === 'and' && (before?.pos === 'NOUN' || before?.pos === 'ADJ') && isPast(before) && tokens[trigger]?.pos === 'VERB' ? trigger - 2 : undefined;
}
