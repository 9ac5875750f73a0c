import type { Context, MiddlewareHandler } from 'hono';

export interface RateLimitOptions {
  /** Requests allowed per window and client (default 120). */
  readonly limit?: number;
  /** Window length in ms (default 60 000). */
  readonly windowMs?: number;
  /** Which client a request comes from; defaults to the socket's remote address. */
  readonly keyOf?: (c: Context) => string;
  /** Only these methods count (default: all). */
  readonly methods?: readonly string[];
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token-bucket rate limit per client, answering 429 with Retry-After when a client exceeds it, so one noisy
 * client cannot starve the analyzer. Buckets idle for a whole window are dropped, keeping memory flat.
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler {
  const limit = options.limit ?? 120;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const keyOf = options.keyOf ?? remoteAddress;
  const methods = options.methods ? new Set(options.methods) : undefined;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();
  return async (c, next) => {
    if (methods && !methods.has(c.req.method)) return next();
    const t = now();
    if (t - lastSweep > windowMs) {
      for (const [key, b] of buckets) if (t - b.updated > windowMs) buckets.delete(key);
      lastSweep = t;
    }
    const key = keyOf(c);
    const bucket = buckets.get(key) ?? { tokens: limit, updated: t };
    bucket.tokens = Math.min(limit, bucket.tokens + ((t - bucket.updated) * limit) / windowMs);
    bucket.updated = t;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.ceil(((1 - bucket.tokens) * windowMs) / limit / 1000);
      c.header('Retry-After', String(retryAfter));
      return c.json({ error: {
        code: 'rate_limited',
        message: `Too many requests: the limit is ${limit} per ${Math.round(windowMs / 1000)} s.`,
        hint: `Retry after ${retryAfter} s.`,
      } }, 429);
    }
    bucket.tokens -= 1;
    return next();
  };
}

// @hono/node-server puts the Node request in c.env.incoming; app.request() tests have none and share one bucket.
function remoteAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
