import type { MiddlewareHandler } from 'hono';
import { limitBodySize } from './limit-body-size.ts';
import { rateLimit, type RateLimitOptions } from './rate-limit.ts';
import { requireWriteToken } from './require-write-token.ts';

export interface ApiGuardOptions {
  /** The address the server listens on. */
  readonly host: string;
  /** Defaults to $TIDINGS_TOKEN. */
  readonly token?: string;
  readonly maxBodyBytes?: number;
  readonly rateLimit?: RateLimitOptions;
}

/**
 * The API's protections in the order they should run: rate limit, then token check for writes, then body size.
 * Mount with `for (const guard of apiGuards(opts)) app.use('/api/*', guard)`.
 */
export function apiGuards(options: ApiGuardOptions): MiddlewareHandler[] {
  const token = options.token ?? process.env['TIDINGS_TOKEN'];
  return [
    rateLimit(options.rateLimit),
    requireWriteToken({ host: options.host, ...(token ? { token } : {}) }),
    limitBodySize(options.maxBodyBytes),
  ];
}
