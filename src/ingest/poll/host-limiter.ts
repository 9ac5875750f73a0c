export interface HostLimiterOptions {
  /** Requests in flight to one host at once (default 2). */
  readonly perHost?: number;
  /** Least time between the starts of two requests to one host, ms (default 1000). */
  readonly minIntervalMs?: number;
}

interface HostSlot {
  active: number;
  lastStart: number;
  readonly waiting: (() => void)[];
}

/** Politeness per host: at most `perHost` requests at once and a minimum spacing between them. */
export class HostLimiter {
  readonly #perHost: number;
  readonly #minIntervalMs: number;
  readonly #hosts = new Map<string, HostSlot>();

  constructor(options: HostLimiterOptions = {}) {
    this.#perHost = options.perHost ?? 2;
    this.#minIntervalMs = options.minIntervalMs ?? 1000;
  }

  /** Runs `task` once the URL's host has a free slot and its spacing has passed. */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host.toLowerCase();
    const slot = this.#hosts.get(host) ?? { active: 0, lastStart: 0, waiting: [] };
    this.#hosts.set(host, slot);
    while (slot.active >= this.#perHost) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    slot.active++;
    const wait = slot.lastStart + this.#minIntervalMs - Date.now();
    slot.lastStart = Math.max(Date.now(), slot.lastStart + this.#minIntervalMs);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      return await task();
    } finally {
      slot.active--;
      slot.waiting.shift()?.();
      // Idle hosts are forgotten so a long run over many hosts keeps memory flat.
      if (slot.active === 0 && slot.waiting.length === 0 && Date.now() - slot.lastStart > this.#minIntervalMs) this.#hosts.delete(host);
    }
  }
}
