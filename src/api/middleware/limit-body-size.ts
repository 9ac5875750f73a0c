import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Rejects request bodies over `maxBytes` with 413 before they are buffered, whether or not Content-Length is sent. */
export function limitBodySize(maxBytes = 2_000_000): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: {
      code: 'too_large',
      message: `The request body is larger than the ${maxBytes}-byte limit.`,
      hint: 'Send smaller articles, or split a batch into several requests.',
    } }, 413),
  });
}
