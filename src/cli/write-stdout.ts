import { once } from 'node:events';

/** Writes to stdout respecting back-pressure, so streaming output never piles up in memory. */
export async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

let isGuarded = false;

/** Ends quietly when the reader goes away (`tidings … | head`), instead of crashing on EPIPE. Idempotent. */
export function exitQuietlyOnClosedPipe(): void {
  if (isGuarded) return;
  isGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
