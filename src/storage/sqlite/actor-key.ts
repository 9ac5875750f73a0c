import type { Actor } from '../../model/actor.ts';

/**
 * The key that groups one actor across documents: its canonical name, lower-cased. CAMEO codes are not keys
 * because many actors share one (Kim Jong Un and the North Korean government are both PRKGOV).
 */
export function actorKey(actor: Pick<Actor, 'name'>): string {
  return actor.name.trim().toLowerCase().replace(/\s+/g, ' ');
}
