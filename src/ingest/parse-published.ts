import type { Diagnostic } from '../model/diagnostic.ts';
import { InputError } from '../model/errors.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Validates a date the user typed (`--published`, `--since`): ISO 8601 only, quoted back when wrong. */
export function parseIsoDateFlag(value: string, flag: string): string {
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed) || Number.isNaN(Date.parse(trimmed.slice(0, 10)))) {
    throw new InputError(
      `Expected an ISO date for \`${flag}\`, got \`${value}\`.`,
      `Write it as YYYY-MM-DD (e.g. ${flag} 2025-06-18) or a full ISO date-time.`,
    );
  }
  const [year, month, day] = trimmed.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day) {
    throw new InputError(`Expected a real calendar date for \`${flag}\`, got \`${value}\`.`, 'Check the month and day.');
  }
  return trimmed.replace(' ', 'T');
}

/**
 * Normalises a date found in a source (RSS's RFC 822, Atom's RFC 3339, free-form meta tags) to ISO 8601.
 * An unreadable date is not a failure: the article is kept without one and a diagnostic says why.
 */
export function parseSourceDate(value: string | undefined, where: string): { published?: string; diagnostic?: Diagnostic } {
  const trimmed = value?.trim();
  if (!trimmed) return {};
  if (ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return { published: trimmed.replace(' ', 'T') };
  const parsed = Date.parse(trimmed);
  if (!Number.isNaN(parsed)) return { published: new Date(parsed).toISOString() };
  return {
    diagnostic: {
      severity: 'warning',
      source: 'ingest',
      code: 'ingest/unknown-date',
      message: `Could not read the publication date \`${trimmed.slice(0, 80)}\` in ${where}; relative dates are left unresolved.`,
    },
  };
}
