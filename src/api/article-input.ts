import { z } from 'zod';
import type { ArticleMeta } from '../model/document.ts';

const MAX_TEXT = 2_000_000;

/** The metadata a caller may send with an article; `published` anchors relative dates. */
const articleMetaFields = {
  title: z.string().max(1000).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  source: z.string().max(200).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date such as 2025-06-18').optional(),
};

/** A pasted article: its text, capped so one request cannot hold the analyzer for long. */
export const articleTextSchema = z.object({
  text: z.string().min(1, 'expected the article text').max(MAX_TEXT, `expected at most ${MAX_TEXT} characters`),
  ...articleMetaFields,
});

/** Keeps only the metadata fields that were given (exactOptionalPropertyTypes forbids explicit undefined). */
export function toArticleMeta(input: Partial<Record<keyof typeof articleMetaFields, string | undefined>>): ArticleMeta {
  const meta: Record<string, string> = {};
  for (const key of ['title', 'url', 'source', 'published'] as const) {
    const value = input[key];
    if (value !== undefined) meta[key] = value;
  }
  return meta;
}
