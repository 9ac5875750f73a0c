import type { AnalyzedDocument } from '../../model/document.ts';
import type { Entity } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { collectCountryEvidence } from '../places/collect-country-evidence.ts';
import type { TitleIndex } from '../../knowledge/actors/title-index.ts';
import { WordCache } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';
import type { ActorKnowledge } from './actor-knowledge.ts';

/** Per title index, whether each token text (by its id) can be part of a title (see `isRoleWord`). */
const roleWordCaches = new WeakMap<TitleIndex, WordCache<boolean>>();

function roleWordsOf(titles: TitleIndex): (boolean | undefined)[] {
  let cache = roleWordCaches.get(titles);
  if (!cache) roleWordCaches.set(titles, (cache = new WordCache<boolean>()));
  return cache.entries();
}

/** Token-level access to a document's entities: which entity covers a token, and what country an entity names. */
export class MentionContext {
  /** Entity index covering each token, or -1. */
  readonly entityAt: Int32Array;
  readonly ranges: readonly (readonly [number, number])[];
  private readonly sentenceOf: Int32Array;
  private readonly lower: readonly string[];
  private readonly ids: Int32Array;
  /** Whether a token text can be part of a title, by its id: filled as asked, kept across documents. */
  readonly roleWords: (boolean | undefined)[];

  constructor(
    readonly doc: AnalyzedDocument,
    readonly entities: readonly Entity[],
    readonly knowledge: ActorKnowledge,
  ) {
    const forms = tokenForms(doc.tokens);
    this.lower = forms.lower;
    this.ids = forms.id;
    this.roleWords = roleWordsOf(knowledge.titles);
    this.entityAt = new Int32Array(doc.tokens.length).fill(-1);
    this.sentenceOf = new Int32Array(doc.tokens.length).fill(-1);
    doc.sentences.forEach((sentence, n) => this.sentenceOf.fill(n, sentence.firstToken, sentence.lastToken + 1));
    this.ranges = entities.map((entity, n) => {
      const range = this.tokenRange(entity.span);
      for (let i = range[0]; i <= range[1]; i++) this.entityAt[i] = n;
      return range;
    });
  }

  /** Lower-cased text of token `i` ('' outside the document). */
  word(i: number): string {
    return this.lower[i] ?? '';
  }

  /** Id of token `i`'s text in `WORDS` (-1 outside the document). */
  wordId(i: number): number {
    return i >= 0 && i < this.ids.length ? (this.ids[i] as number) : -1;
  }

  pos(i: number): string {
    return this.doc.tokens[i]?.pos ?? '';
  }

  /** Whether tokens `a` and `b` lie in one sentence. */
  sameSentence(a: number, b: number): boolean {
    return a >= 0 && b >= 0 && a < this.sentenceOf.length && b < this.sentenceOf.length && this.sentenceOf[a] === this.sentenceOf[b];
  }

  entityCovering(i: number): Entity | undefined {
    const n = this.entityAt[i] ?? -1;
    return n >= 0 ? this.entities[n] : undefined;
  }

  /** Text between the start of token `a` and the end of token `b`. */
  textOf(a: number, b: number): string {
    return this.doc.text.slice(this.doc.tokens[a]?.span.start ?? 0, this.doc.tokens[b]?.span.end ?? 0);
  }

  spanOf(a: number, b: number): Span {
    return { start: this.doc.tokens[a]?.span.start ?? 0, end: this.doc.tokens[b]?.span.end ?? 0 };
  }

  /** The ISO-3 country an entity names: a country, a demonym, or a country-like alias. */
  countryOf(entity: Entity): string | undefined {
    if (entity.type === 'nationality' || entity.type === 'misc') return this.knowledge.gazetteer.demonym(entity.text) || undefined;
    if (entity.type !== 'place') return undefined;
    const candidates = this.knowledge.gazetteer.lookup(entity.text);
    const candidate = candidates[0];
    if (candidate?.kind !== 'country') return undefined;
    // "Georgia" beside Atlanta and Florida is the US state, as the places stage resolves it: a name that is also a
    // region of a country the article's other names point to, while none point to the country, is not that country.
    const regionCountries = candidates.flatMap((c) => (c.kind === 'region' ? [c.region.country] : []));
    if (regionCountries.length > 0) {
      const besides = (iso3: string) => [...(this.countryEvidence().get(iso3) ?? [])].some((text) => text !== entity.text);
      if (!besides(candidate.country.iso3) && regionCountries.some(besides)) return undefined;
    }
    return candidate.country.iso3;
  }

  private evidence: Map<string, Set<string>> | undefined;

  /** Countries the article's place and nationality names point to (computed once per document). */
  private countryEvidence(): Map<string, Set<string>> {
    this.evidence ??= collectCountryEvidence(this.entities, this.knowledge.gazetteer).all;
    return this.evidence;
  }

  private tokenRange(span: Span): [number, number] {
    const tokens = this.doc.tokens;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.span.end ?? 0) <= span.start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last + 1 < tokens.length && (tokens[last + 1]?.span.start ?? Infinity) < span.end) last++;
    return [lo, last];
  }
}
