/** Collects parameters for a PostgreSQL statement and hands back their `$n` placeholders, so SQL stays parameterised. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
