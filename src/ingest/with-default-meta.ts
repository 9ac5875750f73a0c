import type { SourceItem } from './source-item.ts';

/** Metadata a user gives for a whole source (`ingest --published --source`), used where an item states none. */
export interface DefaultMeta {
  readonly published?: string;
  readonly source?: string;
}

/** Fills each article's missing publication date and source from the defaults; an item's own values win. */
export async function* withDefaultMeta(
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  defaults: DefaultMeta,
): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const { article } = item;
    yield {
      label: item.label,
      article: {
        ...article,
        ...(article.published === undefined && defaults.published !== undefined ? { published: defaults.published } : {}),
        ...(article.source === undefined && defaults.source !== undefined ? { source: defaults.source } : {}),
      },
    };
  }
}
