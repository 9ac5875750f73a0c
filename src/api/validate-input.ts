import type { Context } from 'hono';
import type { z } from 'zod';
import { InputError } from '../model/errors.ts';

/** Validates the query string at the edge; a bad value becomes a 400 that names the parameter and quotes the value. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  return check(schema, c.req.query(), 'query parameter');
}

/** Validates a JSON body at the edge; unparseable JSON is an InputError, not a 500. */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new InputError('Expected a JSON request body, got something that does not parse as JSON.', 'Send `Content-Type: application/json` with a JSON object.');
  }
  return check(schema, raw, 'field');
}

function check<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const got = path && typeof raw === 'object' && raw !== null ? valueAt(raw, issue?.path ?? []) : undefined;
  const quoted = got === undefined ? '' : `, got \`${String(JSON.stringify(got)).slice(0, 80)}\``;
  throw new InputError(`Invalid ${what} \`${path || '(body)'}\`: ${issue?.message ?? 'invalid'}${quoted}.`, 'See /api/openapi.json for the accepted parameters.');
}

function valueAt(raw: object, path: readonly PropertyKey[]): unknown {
  let cur: unknown = raw;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
