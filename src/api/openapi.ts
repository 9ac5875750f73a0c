import { z } from 'zod';
import type { RouteSpec } from './route-spec.ts';

/** Builds the OpenAPI 3.1 document from the same zod schemas the routes validate with, so the two cannot drift. */
export function buildOpenApi(specs: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const operation: Record<string, unknown> = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...pathParameters(spec.path), ...queryParameters(spec.query)],
      responses: {
        '200': { description: spec.returns },
        '400': { description: 'Invalid input: `{error:{code,message}}`' },
        '404': { description: 'Not found: `{error:{code,message}}`' },
      },
    };
    if (spec.body) {
      operation['requestBody'] = { required: true, content: { 'application/json': { schema: jsonSchemaOf(spec.body) } } };
    }
    (paths[`/api${spec.path}`] ??= {})[spec.method] = operation;
  }
  return { openapi: '3.1.0', info: { title: 'tidings API', version: '0.1.0' }, paths };
}

function pathParameters(path: string): Record<string, unknown>[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
}

function queryParameters(query: z.ZodObject | undefined): Record<string, unknown>[] {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchemaOf(schema as z.ZodType),
  }));
}

// Inside an OpenAPI document the JSON Schema dialect is implied, so the per-schema `$schema` key is dropped.
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}
