import type { Sentence, Token } from '../../model/token.ts';
import { loadCountries } from '../../knowledge/places/countries.ts';
import { foldDiacritics } from '../../knowledge/places/gazetteer.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isBareCountry, roleOf } from './agent-roles.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { hasBreak, isLocative } from './clause-shape.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Meetings, negotiations and agreements signed: acts two sides do where they are together. */
const MEETING_CODES = new Set(['040', '046', '057']);
const IN = new Set(['in']);
const PLACE_GAP = 6;
// A state hosts a visit: its government, its head or the country as a whole, not an armed group on its soil.
const HOSTS = new Set(['GOV', 'ELI']);
const RESIDENT_DIPLOMATS = new Set(['ambassador', 'embassy', 'consul', 'chargé']);
// "China's ambassador to Nepal": the title may follow the country the mention was read from.
const RESIDENT_REACH = 2;

/**
 * "Lula and Ramaphosa signed a trade pact in Pretoria", "the Chilean and Peruvian presidents met in Lima on Monday": two
 * sides of different countries meeting in the capital of one of them is a visit by the other (042) and its hosting
 * (043). The capital must follow the act in its clause ("met in Geneva" is nobody's visit; a resort or a port city may
 * host talks on neutral terms), the host be a state (rebels meeting envoys in their stronghold host no state visit) and
 * the guest no diplomat posted there; a visit or call already coded says the rest.
 */
export function meetingInHostCountry(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => /^04[1-5]/.test(sentenceEventCode(event)))) return [];
  const visit = builtinPatternOf(patterns, 'visit', '042');
  if (!visit) return [];
  for (const event of events) {
    if (!MEETING_CODES.has(sentenceEventCode(event)) || event.modality !== 'happened' || !event.source || !event.target) continue;
    // "Brazil met Argentina in Buenos Aires": two bare countries that merely meet are as often two national teams.
    if (tokens[event.trigger]?.lemma === 'meet' && isBareCountry(event.source.code) && isBareCountry(event.target.code)) continue;
    const end = Math.max(event.lastWord, event.source.last, event.target.last);
    const place = groups.find((group) => group.first > end && group.first <= end + PLACE_GAP);
    if (!place || !isLocative(tokens, place.first, IN) || hasBreak(tokens, end + 1, place.first - 1)) continue;
    // A meeting is one act of both sides: "Egyptian officials met an Israeli delegation in Cairo" is Israel's visit too.
    for (const [guest, host] of [[event.source, event.target], [event.target, event.source]] as const) {
      if (!isStateHost(host.code) || isResidentDiplomat(tokens, guest)) continue;
      const guestCountry = countryOf(guest.code);
      const hostCountry = countryOf(host.code);
      if (!guestCountry || !hostCountry || guestCountry === hostCountry || !isCapitalOf(tokens, place, hostCountry)) continue;
      const base = { ...event, pattern: visit, rule: '042/043:met-in-host-country', isPassive: false };
      return [{ ...base, code: '042', source: guest, target: host }, { ...base, code: '043', source: host, target: guest }];
    }
  }
  return [];
}

function isStateHost(code: string | undefined): boolean {
  return HOSTS.has(roleOf(code)) || isBareCountry(code);
}

/** "the US ambassador met Pakistan's foreign minister in Islamabad": a diplomat posted to the capital pays no visit there. */
function isResidentDiplomat(tokens: readonly Token[], guest: ActorMention): boolean {
  for (let index = guest.first; index <= guest.last + RESIDENT_REACH; index++) if (RESIDENT_DIPLOMATS.has(tokens[index]?.lemma ?? '')) return true;
  return false;
}

/** A state's three letters; international bodies and unresolved sides have no host country. */
function countryOf(code: string | undefined): string | undefined {
  const country = code?.slice(0, 3);
  return country && /^[A-Z]{3}$/.test(country) && country !== 'IGO' && country !== 'NGO' ? country : undefined;
}

let capitals: ReadonlyMap<string, string> | undefined;

/**
 * Whether the place is the host state's capital, read from the country table once. The name itself is compared: a
 * place's resolved country can follow the other actors of the sentence ("Geneva" read as a US town beside Washington).
 */
function isCapitalOf(tokens: readonly Token[], place: ActorGroup, country: string): boolean {
  capitals ??= new Map(loadCountries().flatMap((entry): [string, string][] => (entry.capital ? [[entry.iso3, foldDiacritics(entry.capital).toLowerCase()]] : [])));
  const capital = capitals.get(country);
  const name = foldDiacritics(tokens.slice(place.first, place.last + 1).map((token) => token.text).join(' ')).toLowerCase();
  // "Washington D.C." is written "Washington", "Lomé" often "Lome".
  return capital !== undefined && name.length > 0 && (capital === name || capital.startsWith(`${name} `));
}
