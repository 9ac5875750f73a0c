import type { z } from 'zod';

/** One documented endpoint: the same zod schemas validate requests and generate `/api/openapi.json`. */
export interface RouteSpec {
  readonly method: 'get' | 'post' | 'delete';
  /** OpenAPI-style path under `/api`, e.g. `/documents/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Description of the 200 response body. */
  readonly returns: string;
}
