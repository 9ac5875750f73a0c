import assert from 'node:assert/strict';

/**
 * Walks any analysed value and asserts that every `{ start, end }` pair in it is a valid span inside a text of
 * `length` characters, naming the path of the first bad one.
 */
export function assertSpansInside(value: unknown, length: number, path = 'doc'): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertSpansInside(v, length, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['start'] === 'number' && typeof record['end'] === 'number') {
    const { start, end } = record as { start: number; end: number };
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length,
      `${path} = [${start}, ${end}) is not inside a text of ${length} characters`);
  }
  for (const [key, v] of Object.entries(record)) if (key !== 'text' && key !== 'meta') assertSpansInside(v, length, `${path}.${key}`);
}
