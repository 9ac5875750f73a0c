import { NEWS_AGENCIES } from '../../knowledge/actors/news-agencies.ts';
import type { Dateline } from '../../model/dateline.ts';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?)`;
/** LONDON, BUENOS AIRES, ST. PETERSBURG, PORT-AU-PRINCE. */
const CAPS_PLACE = "[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*";
/** Paris, Rio de Janeiro: only taken with a date or an agency, since many sentences start with capitalised words. */
const TITLE_PLACE = "[A-Z][a-z]+(?:(?: de| da| del| el| al)?[ -][A-Z][a-z]+)*";
const REGION = `(?!${MONTH}[ ,])[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*`;
const DATELINE = new RegExp(
  `(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?:, (?<region>${REGION}))?(?:,? (?<date>${DATE}))?\\.?` +
    `(?: ?\\((?<agency>[A-Z][A-Za-z.&'’ -]{0,40}?)\\)| /(?<slashAgency>[A-Z][A-Za-z-]{1,20})/\\.?)?` +
    '(?<separator> ?(?:--|[-—–:])(?= ))? +',
  'dy',
);
/** Words that open a line before a dash but name no place ("BREAKING NEWS - …", "Sunday, November 27 -"). */
const NOT_PLACES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'LIVE', 'WATCH', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'CORRECTION', 'URGENT', 'FLASH', 'VIDEO', 'PHOTOS', 'FACTBOX', 'EXPLAINER', 'REVIEW', 'COMMENT',
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'TODAY', 'YESTERDAY']);
/** A dateline opens one of the first lines of the body (after a headline, maybe a byline). */
const LINES_SEARCHED = 4;
const AGENCY_NAMES = new Map(NEWS_AGENCIES.flatMap((agency) => [agency.name, ...agency.aliases].map((alias) => [alias.toLowerCase(), agency.name] as const)));

/**
 * Finds the wire dateline opening an article's body: "LONDON (Reuters) -", "BEIJING, March 3 (Xinhua) --",
 * "KYIV, Ukraine (AP) —", "MOSCOW, June 17. /TASS/.", "Paris, 12 March (AFP) -". A place in capitals may stand
 * alone before its dash ("NEW YORK —"); a place in ordinary case needs a date or an agency beside it.
 */
export function findDateline(text: string): Dateline | undefined {
  let searched = 0;
  for (let lineStart = 0; searched < LINES_SEARCHED && lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const indent = line.length - line.trimStart().length;
    if (indent < line.length) {
      const found = datelineAt(text, lineStart + indent);
      if (found) return found;
      searched++;
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function datelineAt(text: string, start: number): Dateline | undefined {
  DATELINE.lastIndex = start;
  const match = DATELINE.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const place = groups['place'] ?? '';
  const agency = groups['agency'] ?? groups['slashAgency'];
  const date = groups['date'];
  if (!groups['separator'] && !groups['slashAgency']) return undefined;
  const isCaps = place === place.toUpperCase();
  if (!isCaps && !agency && !date) return undefined;
  if (place.split(/[ -]/).some((word) => NOT_PLACES.has(word.toUpperCase())) || place.replace(/[^A-Za-z]/g, '').length < 2) return undefined;
  // "Kim: …" or "Warning - …" read like datelines only in capitals; a colon never ends a dateline with no agency.
  if (groups['separator']?.trim() === ':' && !agency) return undefined;
  const region = groups['region'];
  const agencyAt = match.indices?.groups?.['agency'] ?? match.indices?.groups?.['slashAgency'];
  return {
    span: { start, end: start + match[0].trimEnd().length },
    place: region ? `${place}, ${region}` : place,
    ...(date ? { date } : {}),
    ...(agency ? { agency: AGENCY_NAMES.get(agency.trim().toLowerCase()) ?? agency.trim() } : {}),
    // One character either side: the brackets or slashes around the name.
    ...(agencyAt ? { agencySpan: { start: agencyAt[0] - 1, end: agencyAt[1] + 1 } } : {}),
  };
}
