import { safeFetch, type SafeFetchOptions } from '../fetch/safe-fetch.ts';
import { RobotsRules } from './robots-rules.ts';

/** Fetches and caches robots.txt per origin, so article pages are fetched only where the site allows it. */
export class RobotsCache {
  readonly #rules = new Map<string, { rules: Promise<RobotsRules>; fetchedAt: number }>();

  constructor(
    readonly userAgent: string,
    readonly fetchOptions: SafeFetchOptions = {},
    readonly ttlMs = 3_600_000,
  ) {}

  /** Whether this user agent may fetch `url`. */
  async isAllowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let entry = this.#rules.get(origin);
    if (!entry || Date.now() - entry.fetchedAt > this.ttlMs) {
      entry = { rules: this.#load(origin), fetchedAt: Date.now() };
      this.#rules.set(origin, entry);
    }
    return (await entry.rules).isAllowed(url, this.userAgent);
  }

  async #load(origin: string): Promise<RobotsRules> {
    try {
      const response = await safeFetch(`${origin}/robots.txt`, { ...this.fetchOptions, maxBytes: 500_000, userAgent: this.userAgent });
      if (response.status >= 200 && response.status < 300) return new RobotsRules(response.body);
      if (response.status >= 400 && response.status < 500) return RobotsRules.allowAll();
      return RobotsRules.disallowAll();
    } catch {
      return RobotsRules.disallowAll();
    }
  }
}
