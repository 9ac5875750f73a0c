import { z } from 'zod';

/** Query-string fields shared by list endpoints, validated the same way everywhere. */
export const limitField = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const offsetField = z.coerce.number().int().min(0).max(1_000_000).default(0);
export const isoDateField = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date such as 2025-06-18').optional();
export const quadClassField = z.coerce.number().int().min(1).max(4).optional();

/** The search filters the UI keeps in its URL; also used by the map and network views. */
export const searchFilters = z.object({
  q: z.string().max(500).optional(),
  since: isoDateField,
  until: isoDateField,
  topic: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  place: z.string().max(200).optional(),
  quadClass: quadClassField,
  source: z.string().max(200).optional(),
});

export type SearchFilters = z.output<typeof searchFilters>;
