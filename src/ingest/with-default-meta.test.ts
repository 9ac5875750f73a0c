import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../model/errors.ts';
import type { SourceItem } from './source-item.ts';
import { withDefaultMeta } from './with-default-meta.ts';

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('withDefaultMeta', () => {
  it('gives undated articles the default publication date and source, keeping an item\'s own values', async () => {
    const items: SourceItem[] = [
      { label: 'a', article: { text: 'Undated report.' } },
      { label: 'b', article: { text: 'Dated report.', published: '2024-01-02', source: 'Own Desk' } },
    ];
    const [first, second] = await collect(withDefaultMeta(items, { published: '2025-06-18', source: 'Wire' }));
    assert.ok(first && 'article' in first && second && 'article' in second);
    assert.equal(first.article.published, '2025-06-18');
    assert.equal(first.article.source, 'Wire');
    assert.equal(second.article.published, '2024-01-02');
    assert.equal(second.article.source, 'Own Desk');
  });

  it('passes unreadable items through unchanged', async () => {
    const error = new InputError('bad line');
    const [item] = await collect(withDefaultMeta([{ label: 'x', error }], { published: '2025-06-18' }));
    assert.deepEqual(item, { label: 'x', error });
  });
});
