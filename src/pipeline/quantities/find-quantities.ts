import { parseNumberPhrase } from '../../knowledge/quantities/parse-number-phrase.ts';
import { areaUnits, categoryByActNoun, categoryByNoun, categoryByPrecedingVerb, categoryByVerb, currencyBySymbol, currencyByWord } from '../../knowledge/quantities/quantity-lexicon.ts';
import type { DateMention } from '../../model/date-mention.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Quantity, QuantityCategory } from '../../model/quantity.ts';
import type { Token } from '../../model/token.ts';
import { readCountedPhrase, tokenAt } from './counted-phrase.ts';
import { approximationOf, quantityPattern } from './number-pattern.ts';

type Found = Omit<Quantity, 'id'>;

// A number right after one of these is a label, not a count: "Chapter 11", "Boeing 737", "Resolution 2231".
const labelBefore = /\b(?:Chapter|Article|Section|Resolution|Flight|Route|No\.|Number|Room|Gate|Platform|Level|Phase|Stage|Round|Game|Page|Volume|Item|Rule|Paragraph|Clause|Title|Boeing|Airbus|Apollo|Windows|iPhone|Su|MiG|F|T|Tu|Il|An)[\s-]+$/;
const durationUnitPattern = /\b(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ies))s?\b/i;
const areaPattern = new RegExp(`^\\s?(${[...areaUnits].join('|')})\\b`, 'i');

/** The category of the first row whose pattern matches the word: a loop, with no closure or destructured row per test. */
function categoryOfWord(rows: readonly (readonly [RegExp, QuantityCategory])[], word: string): QuantityCategory | undefined {
  for (const row of rows) if (row[0].test(word)) return row[1];
  return undefined;
}

/** Category from the verbs around the count: "12 people were killed", "killing 12 people", "1,500 displaced people". */
function victimCategory(doc: AnalyzedDocument, before: number, phraseStart: number, after: number): QuantityCategory | undefined {
  for (let i = phraseStart; i < after; i++) {
    const word = doc.tokens[i]?.text ?? '';
    const inside = categoryOfWord(categoryByVerb, word);
    if (inside) return inside;
  }
  for (let i = after; i < Math.min(after + 4, doc.tokens.length); i++) {
    const token = doc.tokens[i];
    if (!token || /^[.;!?]$/.test(token.text)) break;
    const hit = categoryOfWord(categoryByVerb, token.text);
    if (hit) return hit;
    if (token.pos !== 'AUX' && token.pos !== 'PART' && token.pos !== 'ADV') break;
  }
  const previous = doc.tokens[before - 1];
  // "the killing of two soldiers", "the arrest of 40 students": the act is a noun and the count its object.
  // "rounded up 200 lawyers": the verb stands before its particle.
  const act = previous?.lemma === 'of' || previous?.text === 'up' ? doc.tokens[before - 2] : previous;
  return act ? categoryOfWord(categoryByPrecedingVerb, act.text) ?? (act === previous ? undefined : categoryOfWord(categoryByActNoun, act.text)) : undefined;
}

/** "killing at least 57 policemen and 48 soldiers": a count joined to a count of victims counts victims too. */
function withCoordinatedVictims(text: string, found: Found[]): Found[] {
  return found.map((quantity, i) => {
    const previous = found[i - 1];
    if (!previous || !VICTIM_CATEGORIES.has(previous.category) || (quantity.category !== 'personnel' && quantity.category !== 'other')) return quantity;
    return /^\s*(?:,|and|,\s*and)\s*$/i.test(text.slice(previous.span.end, quantity.span.start)) ? { ...quantity, category: previous.category } : quantity;
  });
}

const CHANGE_BEFORE = /\b(?:from|by|rates|rose|rise|rises|fell|fall|falls|grew|lifted|raised|cut|increased|decreased|climbed|dropped|jumped|slipped|gained|lost|edged|up|down)\s+$/i;
const VICTIM_CATEGORIES: ReadonlySet<QuantityCategory> = new Set(['killed', 'wounded', 'casualties', 'arrests', 'displaced']);

/**
 * A number with no noun after it counts victims when a victim verb governs it: "displaced more than 200,000",
 * "killing at least 30 and wounding 12". Deployment verbs are left out: "sent 5,000" may be anything.
 */
function bareVictimCount(tokens: readonly Token[], first: number, next: number): QuantityCategory | undefined {
  const following = tokens[next];
  if (following && following.pos !== 'PUNCT' && following.pos !== 'ADP' && following.pos !== 'CCONJ' && following.pos !== 'ADV') return undefined;
  // "killing 11 of them" counts victims; "killing 11 of the 40 crew" leaves the count to its noun.
  if (following?.lemma === 'of' && !/^(?:them|those|whom)$/i.test(tokens[next + 1]?.text ?? '')) return undefined;
  const previous = tokens[first - 1];
  const hit = previous ? categoryOfWord(categoryByPrecedingVerb, previous.text) : undefined;
  return hit && hit !== 'personnel' ? hit : undefined;
}

/** "forced 30,000 residents from their homes": leaving home makes the count a count of the displaced. */
function displacedAfter(text: string, end: number): QuantityCategory | undefined {
  return /^\s+(?:from|out of) (?:their|his|her) homes?\b/i.test(text.slice(end, end + 30)) ? 'displaced' : undefined;
}

/**
 * Whether a date that is not a duration overlaps `[start, end)`. The dates layer is read in place: copies made by
 * `filter` and `map` differ in elements kind from article to article, and each new kind deoptimised `findQuantities`.
 */
function overlapsDate(dates: readonly DateMention[], start: number, end: number): boolean {
  for (const date of dates) if (date.type !== 'DURATION' && date.span.start < end && start < date.span.end) return true;
  return false;
}

/** The first duration holding the position `at`. */
function durationAt(dates: readonly DateMention[], at: number): DateMention | undefined {
  for (const date of dates) if (date.type === 'DURATION' && date.span.start <= at && at < date.span.end) return date;
  return undefined;
}

/** Finds counts, amounts and percentages with what they count; skips dates, clock times and ages. */
export function findQuantities(doc: AnalyzedDocument): Found[] {
  const { text, tokens } = doc;
  const found: Found[] = [];
  quantityPattern.lastIndex = 0;
  for (let match = quantityPattern.exec(text); match; match = quantityPattern.exec(text)) {
    const groups = match.groups ?? {};
    // Read once into locals and overridden below, not copied into a new groups object: a copy has a map of its own, and
    // its reads deoptimised this function each time a joined percentage came along (five compilations per 300 articles).
    let percent = groups['percent'];
    let number2 = groups['number2'];
    const start = match.index;
    const numberStart = start + match[0].indexOf(groups['number'] ?? '');
    let end = start + match[0].length;
    // "fell from 30% to 29%", "lifted rates 0.25% to 5.5%", "rose 9.4% and 8.1%": a change or a list, not a range; only
    // "between 3% and 6%" and "expected to be 8% to 9%" join two percentages. The second is then read on its own.
    const join = (groups['percentJoin'] ?? '').trim().toLowerCase();
    if (groups['percent1'] && (CHANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || (join === 'and' && groups['approx']?.toLowerCase() !== 'between'))) {
      end = numberStart + (groups['number'] ?? '').length + groups['percent1'].length;
      number2 = undefined;
      percent = groups['percent1'];
      quantityPattern.lastIndex = end;
    }
    if (overlapsDate(doc.dates, numberStart, end)) continue;
    const after = text.slice(end, end + 14);
    if (labelBefore.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (/^-(?:thirds?|quarters?|fifths?|halves|tenths?)\b/i.test(after)) continue;
    if (/^[- ](?:year|month|week)s?[- ]old/i.test(after) || /\baged?\s*$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    const parsed = parseNumberPhrase(groups['number'] ?? '');
    if (!parsed) continue;
    const upper = number2 ? parseNumberPhrase(number2) : undefined;
    const symbol = (groups['currency'] ?? groups['currency2'] ?? '').trim().toLowerCase();
    let currency = symbol ? currencyBySymbol[symbol] : undefined;
    let category: QuantityCategory | undefined;
    let unit = '';
    const duration = durationAt(doc.dates, numberStart);
    const durationUnit = duration ? durationUnitPattern.exec(duration.text) : null;
    if (duration && durationUnit) {
      // "a five-year plan": the dates stage owns the extent; the quantity is the length, not the plan.
      category = 'duration';
      unit = durationUnit[0].toLowerCase();
      end = Math.max(end, duration.span.start + durationUnit.index + durationUnit[0].length);
    } else if (percent ?? groups['percent1']) {
      category = 'percentage';
      unit = '%';
    } else {
      const next = tokenAt(tokens, end);
      const word = tokens[next];
      const area = areaPattern.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
      if (!currency && word && currencyByWord[word.lemma]) {
        currency = currencyByWord[word.lemma];
        end = word.span.end;
      } else if (area) {
        category = 'area';
        unit = area;
        end += (areaPattern.exec(text.slice(end, end + 24))?.[0] ?? '').length;
      } else if (!currency) {
        const phrase = readCountedPhrase(text, tokens, next);
        if (phrase) {
          unit = phrase.text;
          end = phrase.end;
          const byVerb = victimCategory(doc, tokenAt(tokens, start), phrase.firstToken, phrase.lastToken + 1) ?? displacedAfter(text, phrase.end);
          const byNoun = categoryByNoun[phrase.head];
          category = byVerb && (byVerb !== 'personnel' || !byNoun) ? byVerb : byNoun;
        } else {
          category = bareVictimCount(tokens, tokenAt(tokens, start), next);
        }
      }
      if (currency) {
        category = 'money';
        unit = currency;
      }
    }
    if (!category && !unit) continue;
    const approximation = approximationOf(groups['approx']) ?? parsed.approximation;
    found.push({
      text: text.slice(start, end),
      span: { start, end },
      value: parsed.value,
      ...(upper && upper.value > parsed.value ? { max: upper.value } : {}),
      ...(approximation ? { approximation } : {}),
      unit,
      category: category ?? 'other',
      ...(currency ? { currency } : {}),
      rule: percent ?? groups['percent1'] ? 'quantities/percentage' : currency ? 'quantities/money' : 'quantities/count',
      confidence: category && category !== 'other' ? 0.85 : 0.6,
    });
  }
  return withCoordinatedVictims(text, found);
}
