import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry } from './agent-roles.ts';
import { isPlaceOfAct } from './participle-object-pronouns.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';

/** "he" and "she", the pronouns that stand for one person named before them in the sentence. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const PRONOUN_WORDS = sentenceWords(PERSON_PRONOUNS);
/** The words between an actor and a pronoun that make the pronoun one more item of that actor's list. */
const LIST_JOINERS = new Set([',', 'and']);

/**
 * "The Chilean president landed in Seoul late on Friday, and she and her Korean host opened a trade fair": a "he" or
 * "she" joined by "and" to a named actor is one of two sides, and stands for the person the sentence is about, its
 * first actor in the text (a leader, not a country, and not a place the leader went to).
 */
export function coordinatedPronouns(doc: AnalyzedDocument, sentence: Sentence, covered: (index: number) => boolean, resolved: readonly ActorMention[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(doc.tokens, sentence, PRONOUN_WORDS)) return mentions;
  const coded = resolved.filter((mention) => mention.code !== undefined && mention.first >= sentence.firstToken).sort((a, b) => a.first - b.first);
  for (let index = sentence.firstToken + 2; index < sentence.lastToken - 2; index++) {
    if (!PERSON_PRONOUNS.has(doc.tokens[index]?.lemma ?? '') || doc.tokens[index + 1]?.lemma !== 'and' || covered(index)) continue;
    // "criticised Israel, and he and Iran's president": right after an actor the pronoun would join that actor's list,
    // and the events would read the three as one side.
    if (coded.some((mention) => mention.last < index && onlyListJoiners(doc, mention.last + 1, index))) continue;
    // The other side follows at once: "he and Chinese President Xi", "she and her Kenyan counterpart William Ruto".
    const partner = coded.find((mention) => mention.first > index + 1 && mention.first <= index + 5);
    const subject = coded.find((mention) => mention.last < index && !isPlaceOfAct(doc, mention));
    if (!partner || !subject || isBareCountry(subject.code) || subject.code === partner.code) continue;
    mentions.push(actorMention({ ...subject, first: index, last: index }));
  }
  return mentions;
}

function onlyListJoiners(doc: AnalyzedDocument, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!LIST_JOINERS.has(doc.tokens[index]?.lemma ?? '')) return false;
  return true;
}
