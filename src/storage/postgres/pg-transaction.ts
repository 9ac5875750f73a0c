import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on a pooled connection: committed when it resolves, rolled back when it throws.
 * `opening` (a statement without parameters, e.g. taking a lock) is sent with BEGIN in the same round trip.
 */
export async function inPgTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, opening?: string): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(opening ? `BEGIN; ${opening}` : 'BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
