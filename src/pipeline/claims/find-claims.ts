import { frameNegation, isHedgedText } from '../../knowledge/claims/hedges.ts';
import { negatingVerbs, reportingIdiomCue, reportingIdioms, reportingVerbs, unattributedFrames, verbsNeedingContentCue, verbsWithHearer } from '../../knowledge/claims/reporting-verbs.ts';
import type { Actor } from '../../model/actor.ts';
import type { Claim } from '../../model/claim.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { classifySource } from './classify-source.ts';
import { hearerAfter } from './hearer-after.ts';
import { antecedentOf, isPronounSpeaker, isPersonSpeaker, type NamedSpeaker } from './speaker-antecedent.ts';
import { phraseAfter, speakerBefore, type TokenRange } from './speaker-phrase.ts';
import { sentenceAfterDateline } from '../dateline/sentence-after-dateline.ts';

type Found = Omit<Claim, 'id'>;

/** A reporting frame found in a sentence, before it becomes a claim. */
interface Frame {
  readonly rule: string;
  readonly verb: string;
  readonly verbSpan: Span;
  readonly speaker?: TokenRange;
  readonly content: Span;
  readonly isNegated: boolean;
  /** The frame itself withholds the name: "…, an official said on condition of anonymity". */
  readonly isAnonymous?: boolean;
}

function spanOf(tokens: readonly Token[], range: TokenRange): Span {
  return { start: tokens[range.first]?.span.start ?? 0, end: tokens[range.last]?.span.end ?? 0 };
}

/** Trims spaces, quotes, commas and final punctuation off a content span, keeping the close of a quotation it opens. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  // "rejected 'in totality' a ruling": a single quote the content closes again opens a quotation, not the content.
  while (start < end && /[\s,:;"“”'‘’]/.test(text[start] ?? '') && !(/['‘]/.test(text[start] ?? '') && SINGLE_QUOTE_CLOSE.test(text.slice(start + 1, end)))) start++;
  while (end > start && /[\s,.:;!?"“”'‘’]/.test(text[end - 1] ?? '')) end--;
  const inner = text.slice(start, end);
  const isQuoteOpen = (inner.split('"').length - 1) % 2 === 1 || inner.lastIndexOf('“') > inner.lastIndexOf('”');
  const isSingleOpen = lastIndexOf(inner, SINGLE_QUOTE_OPENS) > lastIndexOf(inner, SINGLE_QUOTE_CLOSES);
  // The close may follow the quotation's own comma or stop: '"We will leave," the juntas said'.
  const close = /[,.!?]/.test(text[end] ?? '') ? end + 1 : end;
  if ((isQuoteOpen && /["”]/.test(text[close] ?? '')) || (isSingleOpen && /['’]/.test(text[close] ?? ''))) end = close + 1;
  return { start, end };
}

/** A closing single quote: after a word or punctuation and before no letter (an apostrophe sits inside a word: "don't"). */
const SINGLE_QUOTE_CLOSE = /[\w.,!?]['’](?![A-Za-z])/;
const SINGLE_QUOTE_CLOSES = new RegExp(SINGLE_QUOTE_CLOSE.source, 'g');
/** An opening single quote: at the start or after a space, before a word. */
const SINGLE_QUOTE_OPENS = /(?:^|\s)['‘](?=\w)/g;

function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/** Frames led by a reporting verb: "KCNA confirmed…", "Shoigu told TASS that…", "…, the ministry said." */
function verbFrames(doc: AnalyzedDocument, sentence: Sentence, idiomStarts: ReadonlySet<number>): Frame[] {
  const { tokens, text } = doc;
  const frames: Frame[] = [];
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const token = tokens[i];
    if (!token) continue;
    const isIdiom = idiomStarts.size > 0 && idiomStarts.has(token.span.start);
    const base = token.pos === 'VERB' || isIdiom || isMistaggedSay(tokens, i) ? reportingVerbs.get(token.lemma) : undefined;
    if (!isIdiom && !base) continue;
    // A participle ("…, saying that") hangs off another clause whose subject this walk-back would not find.
    if (!isIdiom && /ing$/i.test(token.text)) continue;
    const next = tokens[i + 1]?.text ?? '';
    // "would report back", "wrote off the debt": a particle turns the verb into another, non-reporting one.
    if (!isIdiom && SENSE_CHANGING_PARTICLES.test(next)) continue;
    const isAtEnd = /^[.,!?;"”]?$/.test(next) && (next !== ',' || i + 1 >= sentence.lastToken);
    // "The merger was announced…": the subject of a passive is what was reported, not who reported it.
    // "are not mentioned": the auxiliary may stand before a negation.
    const auxiliary = tokens[i - 1]?.pos === 'PART' ? tokens[i - 2] : tokens[i - 1];
    if (!isIdiom && auxiliary?.lemma === 'be' && auxiliary.pos === 'AUX' && token.text !== token.lemma && /(?:ed|en|id|wn)$/i.test(token.text)) continue;
    // "was said by…" is a passive; "said by telephone" is not.
    if (next.toLowerCase() === 'by' && !/^(?:tele)?phone$|^e-?mail$|^text$|^video$/i.test(tokens[i + 2]?.text ?? '')) continue;
    if (!isIdiom && base && verbsNeedingContentCue.has(base) && !/^(?:that|[,:"“])$/i.test(next) && !isAtEnd) continue;
    const verbEnd = isIdiom ? (tokens[i + 2]?.span.end ?? token.span.end) : token.span.end;
    const inverted = !isIdiom && /^[,"”]$/.test(tokens[i - 1]?.text ?? '') ? phraseAfter(tokens, i + 1, sentence.lastToken) : undefined;
    const isInverted = inverted !== undefined && /^[,.;!?"”]$|^$/.test(tokens[inverted.last + 1]?.text ?? '');
    const shared = sharedSubjectFrame(tokens, i, frames);
    const speaker = isInverted ? inverted : (speakerBefore(tokens, i, sentence.firstToken) ?? shared?.speaker);
    if (!speaker) continue;
    // "X denied A and said B": the first statement ends where the second verb's "and" begins.
    if (shared && !isInverted) {
      const andStart = tokens[i - 1]?.span.start ?? token.span.start;
      const index = frames.indexOf(shared);
      if (shared.content.end > andStart) frames[index] = { ...shared, content: trimmed(text, { start: shared.content.start, end: andStart }) };
    }
    const speakerSpan = spanOf(tokens, speaker);
    let contentStart = isIdiom ? verbEnd : token.span.end;
    let tailFrom = i + 1;
    if (base && verbsWithHearer.has(base)) {
      const hearer = hearerAfter(tokens, i + 1, sentence.lastToken, base);
      if (hearer) {
        contentStart = tokens[hearer.last]?.span.end ?? contentStart;
        tailFrom = hearer.last + 1;
      }
    }
    // "told reporters after the talks that…": a short adverbial before "that" is not part of what was said.
    const adverbial = ADVERBIAL_BEFORE_THAT.exec(text.slice(contentStart, sentence.span.end));
    if (adverbial) contentStart += adverbial[0].length - 'that'.length;
    // "said in a statement on Sunday it would…": where and when it was said is not what was said.
    else contentStart += LEADING_ADVERBIAL.exec(text.slice(contentStart, sentence.span.end))?.[0].length ?? 0;
    const after = text.slice(contentStart, sentence.span.end).replace(/^\s*(?:that|about|of)\b/i, (m) => ' '.repeat(m.length));
    // A quotation ending just before the speaker is what was said, whatever follows the verb ("…," Lee told reporters later).
    const isQuoteBefore = QUOTE_BEFORE_SPEAKER.test(text.slice(sentence.span.start, speakerSpan.start));
    // "…, officials said Sunday, as rescuers struggled…": an attribution set off by commas says the clause before it.
    // "However, he added, rates…" and "Even so, the mayor said, the plan…" set off no main clause before them: what follows
    // is what was said.
    const isAsideAfterClause =
      /^\s*,/.test(after) && hasVerb(tokens, sentence.firstToken, speaker.first - 1) && !opensSubordinate(tokens, sentence.firstToken, text.slice(sentence.span.start, speakerSpan.start));
    const isTailOnly = !isIdiom && (isAdverbialTail(tokens, tailFrom, sentence.lastToken) || isAsideAfterClause) && /\w[^\w]*[,"”]\s*$/.test(text.slice(sentence.span.start, speakerSpan.start));
    const isContentBefore = speakerSpan.start > token.span.start || isQuoteBefore || isTailOnly || /^\s*[.!?]?\s*$/.test(after);
    const contentFrom = contentStart + (after.length - after.trimStart().length);
    // "…said the law was void, while the US urged…": a contrasting clause is the writer's, not the speaker's.
    // "…, which critics say is unfair, passed": inside a relative clause, what is said ends with the clause.
    const isRelative = /^(?:which|that|who)$/i.test(tokens[speaker.first - 1]?.text ?? '');
    const contrast = (isRelative ? /,(?!\d)/ : CONTRAST_CLAUSE).exec(text.slice(contentFrom, sentence.span.end));
    // "rejected the deal and recalled its ambassador": what a denial names ends where the speaker's next act begins.
    const nextAct = !isContentBefore && base && negatingVerbs.has(base) && !/^that\b/i.test(text.slice(token.span.end, sentence.span.end).trimStart()) ? nextVerbAfterAnd(tokens, i + 1, sentence.lastToken) : undefined;
    const contentEnd = Math.min(contrast ? contentFrom + contrast.index : sentence.span.end, nextAct ?? sentence.span.end);
    const content = isContentBefore
      ? trimmed(text, { start: sentence.span.start, end: Math.min(speakerSpan.start, token.span.start) })
      : trimmed(text, { start: contentFrom, end: contentEnd });
    const between = text.slice(speakerSpan.end, token.span.start);
    frames.push({
      rule: isIdiom ? 'claims/reporting-idiom' : 'claims/reporting-verb',
      verb: text.slice(token.span.start, verbEnd).toLowerCase(),
      verbSpan: { start: token.span.start, end: verbEnd },
      speaker,
      content,
      isNegated: (base !== undefined && negatingVerbs.has(base)) || (speakerSpan.end <= token.span.start && frameNegation.test(between)),
      ...(WITHHELD_NAME.test(text.slice(verbEnd, sentence.span.end)) || WITHHELD_NAME.test(between) ? { isAnonymous: true } : {}),
    });
  }
  return frames;
}

/**
 * Whether the words after a reporting verb are only an adverbial ("said on condition of anonymity", "said in a
 * statement on Sunday"): no verb, so they cannot be what was said, and the content is the clause before the speaker.
 */
function isAdverbialTail(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (!first || (first.pos !== 'ADP' && first.pos !== 'ADV')) return false;
  for (let i = from; i <= last; i++) {
    const pos = tokens[i]?.pos;
    if (pos === 'VERB' || pos === 'AUX' || tokens[i]?.text === '"' || tokens[i]?.text === '“') return false;
  }
  return true;
}

/** Where "and" joins a second finite verb to the clause ("… and recalled its ambassador"): the start of that "and". */
function nextVerbAfterAnd(tokens: readonly Token[], from: number, last: number): number | undefined {
  for (let i = from; i < last; i++) {
    const next = tokens[i + 1];
    if (tokens[i]?.lemma === 'and' && next?.pos === 'VERB' && !/ing$/i.test(next.text)) return tokens[i]?.span.start;
  }
  return undefined;
}

/** Prepositions that open a count of the subject: "Between 60 and 100 people", "Up to 50 houses", "About 200 troops". */
const COUNTING_PREPOSITION = /^(?:between|up|about|around|over|under|nearly|some)$/i;

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true;
  return false;
}

/**
 * "In doing so, the mayor said, …", "Unless the talks fail, he said, …": all that precedes the speaker is one subordinate
 * clause or phrase, so no main clause stands before the attribution. A main clause does stand there when a comma closes
 * the opening first ("After the vote, crowds gathered, police said") or when the preposition only counts the subject
 * ("Between 60 and 100 people gathered, witnesses said").
 */
function opensSubordinate(tokens: readonly Token[], first: number, beforeSpeaker: string): boolean {
  const at = tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  const opening = tokens[at];
  if (opening?.pos !== 'SCONJ' && opening?.pos !== 'ADP') return false;
  if (/,(?!\d)/.test(beforeSpeaker.replace(/,\s*["”]?\s*$/, ''))) return false;
  return !(opening.pos === 'ADP' && COUNTING_PREPOSITION.test(opening.text) && (tokens[at + 1]?.pos === 'NUM' || tokens[at + 2]?.pos === 'NUM'));
}

/** "which critics say/NOUN is unfair": "say" between a subject and the clause it reports is the verb, whatever its tag. */
function isMistaggedSay(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  // A length check and a lower-cased compare, not a regex per noun: this is asked of every noun that is not a verb.
  const text = token?.pos === 'NOUN' && (token.text.length === 3 || token.text.length === 4) ? token.text.toLowerCase() : '';
  if (text !== 'say' && text !== 'says') return false;
  const before = tokens[i - 1]?.pos ?? '';
  const after = tokens[i + 1];
  return (before === 'NOUN' || before === 'PROPN' || before === 'PRON') && (after?.pos === 'AUX' || after?.pos === 'PRON' || after?.lemma === 'that');
}

/** The frame whose subject a verb after "and" shares: "The embassy disputed the story and added…". */
function sharedSubjectFrame(tokens: readonly Token[], verb: number, frames: readonly Frame[]): Frame | undefined {
  const previous = frames.at(-1);
  if (!previous?.speaker || tokens[verb - 1]?.lemma !== 'and') return undefined;
  return previous.verbSpan.end <= (tokens[verb - 1]?.span.start ?? 0) ? previous : undefined;
}

/** The source named after "according to": everything up to punctuation or a clause boundary (tags there are unreliable). */
function sourceAfterAccording(tokens: readonly Token[], from: number, sentenceLast: number): TokenRange | undefined {
  let last = from - 1;
  for (let i = from; i <= sentenceLast && i < from + 8; i++) {
    const token = tokens[i];
    if (!token || token.pos === 'PUNCT' || /^(?:CCONJ|SCONJ|AUX)$/.test(token.pos) || token.lemma === 'that') break;
    const next = tokens[i + 1];
    if (token.pos === 'VERB' && next && next.pos !== 'PUNCT' && !/^(?:NOUN|PROPN)$/.test(next.pos)) break;
    last = i;
  }
  return last >= from ? { first: from, last } : undefined;
}

/** "according to X": the speaker follows, the content is the rest of the sentence. */
function accordingFrames(doc: AnalyzedDocument, sentence: Sentence): Frame[] {
  const { tokens, text } = doc;
  const frames: Frame[] = [];
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    if (tokens[i]?.lemma !== 'accord' && tokens[i]?.lemma !== 'according') continue;
    if (tokens[i]?.text.toLowerCase() !== 'according' || tokens[i + 1]?.lemma !== 'to') continue;
    const speaker = sourceAfterAccording(tokens, i + 2, sentence.lastToken);
    if (!speaker) continue;
    const frameStart = tokens[i]?.span.start ?? 0;
    const frameEnd = tokens[speaker.last]?.span.end ?? 0;
    const isAtEnd = /^\s*[.!?"”]*\s*$/.test(text.slice(frameEnd, sentence.span.end));
    const isAtStart = /^\s*$/.test(text.slice(sentence.span.start, frameStart));
    const content = isAtEnd ? { start: sentence.span.start, end: frameStart } : isAtStart ? { start: frameEnd, end: sentence.span.end } : sentence.span;
    frames.push({ rule: 'claims/according-to', verb: 'according to', verbSpan: { start: frameStart, end: tokens[i + 1]?.span.end ?? frameStart }, speaker, content: trimmed(text, content), isNegated: false });
  }
  return frames;
}

/** "gossip has it", "it is reported that", "reportedly": claims with no named source. */
function unattributedFrameList(doc: AnalyzedDocument, sentence: Sentence, cues: readonly RegExpMatchArray[], taken: readonly Frame[]): Frame[] {
  const frames: Frame[] = [];
  for (const match of cues) {
    const start = match.index ?? 0;
    if (start < sentence.span.start || start >= sentence.span.end) continue;
    const end = start + match[0].length;
    if (/ly$/i.test(match[0]) && taken.length > 0) continue;
    const isLead = /^\W*$/.test(doc.text.slice(sentence.span.start, start));
    const content = trimmed(doc.text, isLead ? { start: end, end: sentence.span.end } : sentence.span);
    frames.push({ rule: 'claims/unattributed', verb: match[0].toLowerCase(), verbSpan: { start, end }, content, isNegated: false });
  }
  return frames;
}

function actorAt(actors: readonly Actor[], span: Span): Actor | undefined {
  let best: Actor | undefined;
  let bestEnd = -1;
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      if (mention.start < span.end && span.start < mention.end && mention.end > bestEnd) {
        best = actor;
        bestEnd = mention.end;
      }
    }
  }
  return best;
}

const SENSE_CHANGING_PARTICLES = /^(?:back|off|up|down)$/i;
const ADVERBIAL_BEFORE_THAT = /^\s*(?:after|before|during|on|in|at|late on|early on|last|this|earlier|later)\b[^,.;:"“”]{0,40}?\bthat\b/i;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const LEADING_ADVERBIAL = new RegExp(
  `^(?:,?\\s+(?:in an? (?:statement|speech|interview|post|letter|report|briefing|televised address|video)(?: (?:to|with|on) [^,.;:"“”]{1,60}?(?=\\s?(?:that\\b|:)))?|at an? (?:news|press) conference|by (?:tele)?phone|(?:late |early )?(?:on )?${WEEKDAY}(?: (?:night|morning|afternoon|evening))?|yesterday|today))+(?=[\\s,.:]|$)`,
);
const CONTRAST_CLAUSE = /,\s+(?:while|whereas)\s/i;
const WITHHELD_NAME = /^[^.!?]*?\b(?:on condition of anonymity|speaking anonymously|(?:who|and) (?:asked|declined|requested) not to be (?:named|identified)|declined to be (?:named|identified))\b/i;
// A quotation in double quotes, or in single quotes closed after its final comma or stop ('We have left,' the juntas said).
const QUOTE_BEFORE_SPEAKER = /^\s*(?:["“][^"“”]{10,}[,.!?]?["”]|['‘].{10,}[,.!?]['’])\s*$/;

/** Finds every attribution in the document: reporting verbs, "according to", and unattributed frames. */
export function findClaims(doc: AnalyzedDocument): Found[] {
  const found: Found[] = [];
  const idiomStarts = new Set<number>();
  // One cheap test for the idioms' rare words spares most texts the idiom scans.
  if (reportingIdiomCue.test(doc.text)) {
    for (const idiom of reportingIdioms) {
      idiom.lastIndex = 0;
      for (const match of doc.text.matchAll(idiom)) idiomStarts.add(match.index);
    }
  }
  unattributedFrames.lastIndex = 0;
  const unattributedCues = [...doc.text.matchAll(unattributedFrames)];
  let lastNamed: NamedSpeaker | undefined;
  for (const [sentenceIndex, whole] of doc.sentences.entries()) {
    const sentence = sentenceAfterDateline(doc, whole);
    const attributed = [...verbFrames(doc, sentence, idiomStarts), ...accordingFrames(doc, sentence)];
    // One statement, one claim: an idiom and the verb it leads to ("spilling the beans…, mentioned") share a speaker.
    const frames = attributed.filter((f, i) => !attributed.some((g, j) => j !== i && g.rule !== 'claims/reporting-idiom' && f.rule === 'claims/reporting-idiom' && g.speaker?.first === f.speaker?.first));
    if (unattributedCues.length > 0) frames.push(...unattributedFrameList(doc, sentence, unattributedCues, frames));
    for (const frame of frames) {
      const speakerSpan = frame.speaker ? spanOf(doc.tokens, frame.speaker) : undefined;
      const speaker = speakerSpan ? doc.text.slice(speakerSpan.start, speakerSpan.end) : frame.verb;
      const named = speakerSpan ? actorAt(doc.actors, speakerSpan) : undefined;
      const antecedent = named ? undefined : antecedentOf(speaker, lastNamed, sentenceIndex);
      const actor = named ?? doc.actors.find((candidate) => candidate.id === antecedent?.actorId);
      const classified = antecedent?.kind ?? (frame.speaker ? classifySource(speaker, actor) : 'unattributed');
      const sourceKind = frame.isAnonymous && classified !== 'state-media' && classified !== 'outlet' ? 'anonymous' : classified;
      if (frame.speaker && !isPronounSpeaker(speaker)) {
        const isPerson = isPersonSpeaker(speaker, actor, sourceKind);
        // Two literals rather than a spread of an optional key: V8 gave every spread-built speaker a hidden class of its own.
        lastNamed = actor ? { actorId: actor.id, kind: sourceKind, isPerson, sentence: sentenceIndex } : { kind: sourceKind, isPerson, sentence: sentenceIndex };
      }
      // "DeGeneres tweeted Friday.": a frame with nothing said is no claim, though its speaker may be referred to later.
      if (frame.content.end <= frame.content.start) continue;
      const covered = [frame.verbSpan, frame.content, ...(speakerSpan ? [speakerSpan] : [])];
      const span = { start: Math.min(...covered.map((s) => s.start)), end: Math.max(...covered.map((s) => s.end)) };
      const contentText = doc.text.slice(frame.content.start, frame.content.end);
      found.push({
        speaker,
        ...(actor ? { speakerActorId: actor.id } : {}),
        ...(speakerSpan ? { speakerSpan } : {}),
        verb: frame.verb,
        content: frame.content,
        span,
        sourceKind,
        isHedged: sourceKind === 'unattributed' || sourceKind === 'anonymous' || isHedgedText(contentText) || isHedgedText(frame.verb),
        isNegated: frame.isNegated,
        rule: frame.rule,
        confidence: frame.rule === 'claims/unattributed' ? 0.6 : antecedent ? 0.7 : actor ? 0.85 : 0.75,
      });
    }
  }
  return found;
}
