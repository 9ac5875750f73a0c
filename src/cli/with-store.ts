import { openStore } from '../storage/open-store.ts';
import type { Store } from '../storage/store.ts';
import { resolveDbLocation } from './_shared.ts';

/** Opens the store named by `--db` (or $TIDINGS_DB), runs the work, and always closes it. */
export async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveDbLocation(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
