/** "1 article", "3 articles": a count with its noun in the right number, for the CLI's plain-text lines. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
