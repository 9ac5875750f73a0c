import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { isLoopbackHost } from './is-loopback-host.ts';

export interface WriteTokenOptions {
  /** The address the server listens on; loopback-only servers accept writes without a token when none is set. */
  readonly host: string;
  /** The shared secret, usually $TIDINGS_TOKEN. */
  readonly token?: string;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Guards write endpoints: with a token configured every write must present it (`Authorization: Bearer …` or
 * `X-Tidings-Token`), compared in constant time; without one, writes are allowed only when the server listens on
 * loopback, so a server exposed to a network is never writable by anyone who finds it.
 */
export function requireWriteToken(options: WriteTokenOptions): MiddlewareHandler {
  const expected = options.token ? digest(options.token) : undefined;
  const openLocally = !expected && isLoopbackHost(options.host);
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method) || openLocally) return next();
    if (!expected) {
      return c.json({ error: {
        code: 'forbidden',
        message: `Write endpoints are disabled: the server listens on \`${options.host}\`, beyond loopback, and no token is set.`,
        hint: 'Set TIDINGS_TOKEN and send it as `Authorization: Bearer <token>`, or listen on 127.0.0.1.',
      } }, 403);
    }
    const presented = bearer(c.req.header('authorization')) ?? c.req.header('x-tidings-token');
    if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="tidings"');
      return c.json({ error: {
        code: 'unauthorized',
        message: presented === undefined ? 'This endpoint needs a token.' : 'The token sent does not match.',
        hint: 'Send the value of TIDINGS_TOKEN as `Authorization: Bearer <token>`.',
      } }, 401);
    }
    return next();
  };
}

// Hashing first gives both sides the same length, so timingSafeEqual never leaks the token's length.
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function bearer(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1];
}
