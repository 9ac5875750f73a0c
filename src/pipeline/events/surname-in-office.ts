import type { Token } from '../../model/token.ts';
import type { ActorEntry } from '../../knowledge/actor-dictionary/actor-dictionary.ts';
import { officeHolderEntries } from '../../knowledge/actor-dictionary/office-holders-by-date.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { datedCodeOn } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';

// "Mr. Kim", "Mrs. Ardern": honorifics that may stand before the bare name.
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

let bySurname: ReadonlyMap<string, readonly ActorEntry[]> | undefined;

/** Office holders by the first and last words of their names ("Kim" of "Kim Jong Un", "Scholz" of "Olaf Scholz"). */
function officeHoldersBySurname(): ReadonlyMap<string, readonly ActorEntry[]> {
  if (bySurname) return bySurname;
  const map = new Map<string, ActorEntry[]>();
  for (const entry of officeHolderEntries()) {
    const words = entry.name.split(' ');
    if (words.length < 2) continue;
    for (const word of new Set([words[0] ?? '', words[words.length - 1] ?? ''])) {
      if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
      map.set(word, [...(map.get(word) ?? []), entry]);
    }
  }
  bySurname = map;
  return map;
}

/**
 * "Trump and Kim signed…" with North Korea named, "Mr. Kim" in a sentence about Pyongyang: a bare name that alone would
 * be ambiguous ("Kim" is a common surname) is the one office holder of that name in office on the day whose country
 * the sentence names; with none or with two, it stays unnamed. The sentence must also read as politics, with an
 * honorific before the name or another office holder named beside it: a country named beside a bare name is as often
 * a footballer's team ("Silva scored as Brazil beat Chile") as the president's.
 */
export function withSurnamesInOffice(tokens: readonly Token[], mentions: readonly ActorMention[], from: number, to: number, date: string | undefined): ActorMention[] {
  if (!date) return [...mentions];
  const hasOfficeHolder = mentions.some((mention) => mention.isPerson === true && mention.code !== undefined);
  const countries = new Set(mentions.flatMap((mention) => (mention.code && /^[A-Z]{3}/.test(mention.code) && !/^(IGO|NGO|IMG|---)/.test(mention.code) ? [mention.code.slice(0, 3)] : [])));
  if (countries.size === 0) return [...mentions];
  const day = date.slice(0, 10);
  const added: ActorMention[] = [];
  const replaced = new Set<ActorMention>();
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    // The cheap tests first: this runs at every token of every sentence that names a country.
    if (!token || token.pos !== 'PROPN' || !officeHoldersBySurname().has(token.text)) continue;
    // The actors stage may know "Mr. Kim" as a person of no code: that mention is the one to name.
    const covering = mentions.filter((mention) => mention.first <= index && index <= mention.last);
    if (covering.some((mention) => mention.code !== undefined || mention.last !== index || !isBareName(tokens, mention.first, index))) continue;
    // A one-word name: no other name word beside it ("Kim Jong Un" in full is the dictionary's).
    if (isNameWord(tokens[index - 1]) || isNameWord(tokens[index + 1])) continue;
    if (!hasOfficeHolder && !HONORIFICS.has(tokens[index - 1]?.text.toLowerCase() ?? '')) continue;
    // "Ahmed, an Ethiopian runner,": wire copy introduces someone new with "a"; an office holder is "the president".
    if (tokens[index + 1]?.text === ',' && /^an?$/i.test(tokens[index + 2]?.text ?? '')) continue;
    const codes = new Set((officeHoldersBySurname().get(token.text) ?? []).flatMap((entry) => {
      const term = datedCodeOn(entry, day);
      return term && countries.has(term.slice(0, 3)) ? [term] : [];
    }));
    const [code] = codes;
    if (codes.size !== 1 || !code) continue;
    const first = HONORIFICS.has(tokens[index - 1]?.text.toLowerCase() ?? '') ? index - 1 : index;
    for (const mention of covering) replaced.add(mention);
    added.push(actorMention({ first: Math.min(first, ...covering.map((mention) => mention.first)), last: index, code, name: token.text, country: code.slice(0, 3), isPerson: true }));
  }
  return added.length === 0 ? [...mentions] : [...mentions.filter((mention) => !replaced.has(mention)), ...added].sort((a, b) => a.first - b.first);
}

/** The name alone, or an honorific and the name. */
function isBareName(tokens: readonly Token[], first: number, last: number): boolean {
  return first === last || (first === last - 1 && HONORIFICS.has(tokens[first]?.text.toLowerCase() ?? ''));
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PROPN' && !HONORIFICS.has(token.text.toLowerCase());
}
