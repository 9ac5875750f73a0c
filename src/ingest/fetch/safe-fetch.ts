import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../../model/errors.ts';
import { decodeBody } from './decode-body.ts';
import { isPrivateAddress } from './private-address.ts';

export interface SafeFetchOptions {
  /** Whole-request time limit in milliseconds (default 15 000). */
  readonly timeoutMs?: number;
  /** Largest decoded body accepted, in bytes (default 10 MB). */
  readonly maxBytes?: number;
  /** Redirects followed by hand, each hop checked again (default 5). */
  readonly maxRedirects?: number;
  /** Permit loopback/private targets: tests against 127.0.0.1 and trusted intranets only. */
  readonly allowPrivate?: boolean;
  /** Conditional GET validators from the previous fetch. */
  readonly etag?: string;
  readonly lastModified?: string;
  readonly userAgent?: string;
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

/** What a fetch returned; `notModified` is true on a 304, with an empty body. */
export interface SafeFetchResult {
  readonly status: number;
  readonly finalUrl: string;
  readonly contentType: string;
  readonly body: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly notModified: boolean;
}

const DEFAULT_USER_AGENT = 'tidings/0.1 (+https://github.com/tidings; news analysis)';

/**
 * Fetch a public http(s) URL with a time limit, a size limit and redirects followed by hand, refusing private,
 * loopback, link-local and metadata addresses after DNS resolution on every hop, so user-supplied URLs cannot
 * reach internal services.
 */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(current, options, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      response.resume();
      if (hop >= maxRedirects) {
        throw new InputError(`Too many redirects (more than ${maxRedirects}) fetching \`${url}\`.`, 'Check the URL in a browser; it may loop.');
      }
      current = parseUrl(new URL(location, current).href);
      continue;
    }
    const contentType = headerValue(response.headers['content-type']) ?? '';
    const etag = headerValue(response.headers.etag);
    const lastModified = headerValue(response.headers['last-modified']);
    const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    if (status === 304) {
      response.resume();
      return { status, finalUrl: current.href, contentType, body: '', notModified: true, ...validators };
    }
    const bytes = await readLimited(response, options.maxBytes ?? 10_000_000, current.href, signal, timeoutMs);
    return { status, finalUrl: current.href, contentType, body: decodeBody(bytes, contentType), notModified: false, ...validators };
  }
}

function parseUrl(raw: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new InputError(`Expected an absolute http(s) URL, got \`${raw}\`.`, 'Include the scheme, e.g. https://example.org/feed.xml');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(`Only http and https URLs can be fetched, got \`${raw}\`.`);
  }
  if (parsed.username || parsed.password) {
    throw new InputError(`URLs with credentials are refused, got \`${parsed.host}\` with a user name.`, 'Remove the user:password@ part.');
  }
  return parsed;
}

function refusal(host: string, address: string): InputError {
  return new InputError(
    `Refusing to fetch \`${host}\`: it resolves to the non-public address ${address}.`,
    'Private, loopback, link-local and metadata addresses are blocked; pass allowPrivate only for trusted local sources.',
  );
}

// The guard runs inside the socket's own DNS lookup, so the checked address is the one connected to (no rebinding gap).
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(refusal(hostname, bad.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new InputError(`No address found for \`${hostname}\`.`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function requestOnce(url: URL, options: SafeFetchOptions, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !options.allowPrivate && isPrivateAddress(host)) return Promise.reject(refusal(host, host));
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'GET', headers, signal, lookup: guardedLookup(options.allowPrivate ?? false) }, resolve);
    req.on('error', (error) => reject(describeFailure(error, url.href, signal, timeoutMs)));
    req.end();
  });
}

async function readLimited(response: IncomingMessage, maxBytes: number, url: string, signal: AbortSignal, timeoutMs: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(url, maxBytes);
  }
  const stream = decompress(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) {
        response.destroy();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    throw describeFailure(error, url, signal, timeoutMs);
  }
  return Buffer.concat(chunks);
}

function decompress(response: IncomingMessage): Readable {
  const encoding = headerValue(response.headers['content-encoding'])?.trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

function tooLarge(url: string, maxBytes: number): InputError {
  return new InputError(`Response from \`${url}\` is larger than the ${maxBytes}-byte limit.`, 'Raise maxBytes if this source is trusted.');
}

function describeFailure(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): Error {
  if (error instanceof InputError) return error;
  if (signal.aborted) {
    return new InputError(`Fetching \`${url}\` took longer than ${timeoutMs} ms and was stopped.`, 'The server is slow or unreachable; try again later.');
  }
  const code = (error as { code?: string }).code;
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError(`Could not fetch \`${url}\`: ${code ?? reason}.`, 'Check the URL and your network connection.');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
