import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';

const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them']);
// "accusing its neighbour of…": the neighbour of the subject is the other side named before.
const COUNTERPART_NOUNS = new Set(['neighbour', 'neighbor', 'rival', 'ally']);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to']);
const OBJECT_WORDS = sentenceWords([...OBJECT_PRONOUNS, 'its']);

/**
 * "Sudan cut ties with the UAE, accusing it of arming the RSF", "expelled Australia's envoy, accusing him of
 * interfering", "cut relations with Morocco, accusing its neighbour of…": the object of a participle clause after a
 * comma, a pronoun, stands for the main clause's object, the last actor named before the comma (not a place where
 * something happened: "arrested him in Quito").
 */
export function participleObjectPronouns(doc: AnalyzedDocument, sentence: Sentence, covered: (index: number) => boolean, resolved: readonly ActorMention[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(doc.tokens, sentence, OBJECT_WORDS)) return mentions;
  for (let comma = sentence.firstToken + 2; comma < sentence.lastToken - 1; comma++) {
    if (doc.tokens[comma]?.text !== ',') continue;
    const verb = doc.tokens[comma + 1];
    if (verb?.pos !== 'VERB' || !verb.text.toLowerCase().endsWith('ing')) continue;
    const at = comma + 2;
    const word = doc.tokens[at];
    const isPronoun = OBJECT_PRONOUNS.has(word?.lemma ?? '') || OBJECT_PRONOUNS.has(word?.text.toLowerCase() ?? '');
    const isCounterpart = word?.lemma === 'its' && COUNTERPART_NOUNS.has(doc.tokens[at + 1]?.lemma ?? '');
    if ((!isPronoun && !isCounterpart) || covered(at)) continue;
    const antecedent = objectBefore(doc, resolved, comma);
    if (antecedent) mentions.push(actorMention({ ...antecedent, first: at, last: isCounterpart ? at + 1 : at }));
  }
  return mentions;
}

/** The last coded actor before the comma, past the sentence's first (its subject) and not a place after "in". */
function objectBefore(doc: AnalyzedDocument, resolved: readonly ActorMention[], comma: number): ActorMention | undefined {
  const subject = resolved[0];
  for (let index = resolved.length - 1; index >= 0; index--) {
    const mention = resolved[index];
    if (!mention || mention.last >= comma || mention.code === undefined || mention === subject) continue;
    if (isPlaceOfAct(doc, mention)) continue;
    return mention;
  }
  return undefined;
}

/** "arrested him in Quito", "landed in Seoul": a place, or an actor after "in", "at", "to", is where the act was, not a side. */
export function isPlaceOfAct(doc: AnalyzedDocument, mention: ActorMention): boolean {
  return mention.placeId !== undefined || LOCATIVE.has(doc.tokens[mention.first - 1]?.lemma ?? '');
}
