import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ConfigError, InputError, NotFoundError } from '../model/errors.ts';

/** The JSON body of every API error. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly hint?: string; readonly id?: string };
}

/** The one place where errors become HTTP: bad input → 400, missing → 404, anything else → 500 with a logged id. */
export function createErrorHandler(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof InputError) return c.json(body('bad_input', err.message, err.hint), 400);
    if (err instanceof NotFoundError) return c.json(body('not_found', err.message), 404);
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(body(err.status === 413 ? 'too_large' : 'bad_request', err.message), err.status);
    }
    const id = randomUUID();
    log(`tidings api error ${id} ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    const message = err instanceof ConfigError ? err.message : 'The server failed to handle this request.';
    return c.json({ error: { code: 'internal', message, id } } satisfies ApiErrorBody, 500);
  };
}

function body(code: string, message: string, hint?: string): ApiErrorBody {
  return { error: hint === undefined ? { code, message } : { code, message, hint } };
}
