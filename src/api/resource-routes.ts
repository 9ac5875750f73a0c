import type { Hono } from 'hono';
import type { RouteSpec } from './route-spec.ts';

/** What each resource file returns: its router (mounted under `/api`) and the specs that document it. */
export interface ResourceRoutes {
  readonly router: Hono;
  readonly specs: readonly RouteSpec[];
}
