import countryNames from 'i18n-iso-countries';
import type { AnalyzedDocument } from '../model/document.ts';
import type { StoredEvent } from '../storage/store.ts';

/** The GDELT 2.0 event table's 61 columns, in order; the ones the engine cannot know stay empty. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

/**
 * tidings' own columns after the GDELT ones: what GDELT lacks (date precision, modality, claim, sentence, rule, and whether
 * a blank Actor1 is a doer the report does not know, PETRARCH's `---`, rather than one the coder missed).
 */
export const EXTRA_COLUMNS = ['DatePrecision', 'Modality', 'ClaimSpeaker', 'SourceSentence', 'Rule', 'Confidence', 'Actor1Unknown', 'DocumentId', 'EventId'] as const;

type Column = (typeof GDELT_COLUMNS)[number] | (typeof EXTRA_COLUMNS)[number];

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((name) => `${prefix}${name}`);
}

function geoColumns(prefix: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((name) => `${prefix}_${name}`);
}

/** One event as named column values; `doc` (when available) supplies actor names, the place and the claim. */
export function eventRow(event: StoredEvent, index: number, doc: AnalyzedDocument | undefined): Partial<Record<Column, string>> {
  const date = event.date ?? event.published?.slice(0, 10) ?? '';
  const [year = '', month = '01', day = '01'] = date.split('-');
  const place = doc?.places.find((candidate) => candidate.id === event.placeId);
  const claim = doc?.claims.find((candidate) => candidate.id === event.claimId);
  const row: Record<string, string> = {
    GLOBALEVENTID: String(index + 1),
    SQLDATE: /^\d{4}/.test(year) ? `${year}${/^\d\d$/.test(month) ? month : '01'}${/^\d\d$/.test(day) ? day : '01'}` : '',
    MonthYear: /^\d{4}$/.test(year) ? `${year}${/^\d\d$/.test(month) ? month : '01'}` : '',
    Year: year,
    FractionDate: fractionDate(date),
    ...actorFields('Actor1', event.sourceCode, nameOf(doc, event.sourceActorId)),
    ...actorFields('Actor2', event.targetCode, nameOf(doc, event.targetActorId)),
    IsRootEvent: '1',
    EventCode: event.code,
    EventBaseCode: event.baseCode,
    EventRootCode: event.rootCode,
    QuadClass: String(event.quadClass),
    GoldsteinScale: String(event.goldstein),
    NumMentions: '1',
    NumSources: '1',
    NumArticles: '1',
    AvgTone: '',
    DATEADDED: (event.published ?? '').replace(/\D/g, '').slice(0, 14),
    SOURCEURL: doc?.meta.url ?? '',
    DatePrecision: event.isDateFromPublication ? 'publication' : precisionOf(date),
    Modality: event.modality,
    ClaimSpeaker: claim?.speaker ?? '',
    SourceSentence: event.sentenceText,
    Rule: event.rule,
    Confidence: event.confidence.toFixed(2),
    DocumentId: event.documentId,
    EventId: event.id,
    // GDELT leaves Actor1 blank for an unknown doer; the extra column says the blank is the report's, not a miss.
    Actor1Unknown: event.isSourceUnknown === true ? '1' : '',
  };
  if (place) {
    const precision = { country: '1', region: '2', area: '2', city: '4', point: '4' }[place.precision];
    Object.assign(row, {
      ActionGeo_Type: precision,
      ActionGeo_FullName: [place.name, place.region, place.country].filter(Boolean).join(', '),
      ActionGeo_CountryCode: place.country ?? '',
      ActionGeo_ADM1Code: place.region ?? '',
      ActionGeo_Lat: place.lat?.toString() ?? '',
      ActionGeo_Long: place.lon?.toString() ?? '',
    });
  }
  return row;
}

function actorFields(prefix: string, rawCode: string | undefined, name: string | undefined): Record<string, string> {
  // PETRARCH writes a role with no country as `---REB`; GDELT leaves the country out ("REB").
  const code = rawCode?.replace(/^-{3}/, '') || undefined;
  const country = code && countryNames.isValid(code.slice(0, 3)) ? code.slice(0, 3) : '';
  const roles = code ? (code.slice(country ? 3 : 0).match(/.{3}/g) ?? []) : [];
  return {
    [`${prefix}Code`]: code ?? '',
    [`${prefix}Name`]: (name ?? '').toUpperCase(),
    [`${prefix}CountryCode`]: country,
    [`${prefix}KnownGroupCode`]: code && !country && /^IGO|^NGO/.test(code) ? code.slice(3, 6) : '',
    [`${prefix}Type1Code`]: roles[0] ?? '',
    [`${prefix}Type2Code`]: roles[1] ?? '',
    [`${prefix}Type3Code`]: roles[2] ?? '',
  };
}

function nameOf(doc: AnalyzedDocument | undefined, actorId: string | undefined): string | undefined {
  return actorId ? doc?.actors.find((actor) => actor.id === actorId)?.name : undefined;
}

function precisionOf(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return 'day';
  if (/^\d{4}-W\d{2}/.test(date)) return 'week';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return date ? 'other' : 'none';
}

/** GDELT's FractionDate: year plus the fraction of the year elapsed. */
function fractionDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return '';
  const dayOfYear = (Number(match[2]) - 1) * 30.4375 + Number(match[3]);
  return (Number(match[1]) + dayOfYear / 365).toFixed(4);
}

/** Formats rows as GDELT TSV (no header, like GDELT's files), CSV with a header, or JSON lines. */
export function formatEventRows(rows: readonly Partial<Record<Column, string>>[], format: 'gdelt' | 'csv' | 'jsonl'): string {
  const columns: readonly Column[] = [...GDELT_COLUMNS, ...EXTRA_COLUMNS];
  if (format === 'jsonl') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  if (format === 'gdelt') return rows.map((row) => `${columns.map((column) => (row[column] ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`).join('');
  const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns.join(','), ...rows.map((row) => columns.map((column) => quote(row[column] ?? '')).join(','))].map((line) => `${line}\n`).join('');
}
