/**
 * Escapes LIKE wildcards and the escape character itself so user text matches literally; the SQL says `ESCAPE '\\'`.
 * SQLite and PostgreSQL read the clause alike, so both stores use this one.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
