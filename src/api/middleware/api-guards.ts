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
  /** The budget for requests that change or analyse (POST, PUT, PATCH, DELETE); default 120 per minute. */
  readonly rateLimit?: RateLimitOptions;
  /** The budget for reads (GET, HEAD), which the web UI makes several of per view; default 1,200 per minute. */
  readonly readRateLimit?: RateLimitOptions;
}

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The API's protections in the order they should run: rate limits, then token check for writes, then body size.
 * Reads and writes have separate budgets: analysing an article costs far more than a look-up, and a person browsing
 * the web UI (several reads per view) must not be throttled by a budget sized for writers.
 * Mount with `for (const guard of apiGuards(opts)) app.use('/api/*', guard)`.
 */
export function apiGuards(options: ApiGuardOptions): MiddlewareHandler[] {
  const token = options.token ?? process.env['TIDINGS_TOKEN'];
  return [
    rateLimit({ methods: WRITE_METHODS, ...options.rateLimit }),
    rateLimit({ limit: 1_200, methods: READ_METHODS, ...options.readRateLimit }),
    requireWriteToken({ host: options.host, ...(token ? { token } : {}) }),
    limitBodySize(options.maxBodyBytes),
  ];
}
