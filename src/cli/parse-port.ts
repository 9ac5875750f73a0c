import { InputError } from '../model/errors.ts';

/** A port as a number, checked before anything is loaded or stored; the message names where the bad value came from. */
export function parsePort(value: string, source: '--port' | '$PORT' = '--port'): number {
  // Digits only: Number('') and Number(' ') are 0, which would quietly ask for any free port.
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isNaN(port) || port > 65535) {
    throw new InputError(`Expected a port number between 0 and 65535 for \`${source}\`, got \`${value}\`.`, source === '--port' ? 'Try `--port 8080`.' : 'Set PORT=8080, or pass `--port 8080`.');
  }
  return port;
}

/** `demo`'s port, as hosting platforms hand it over: `--port`, else `$PORT`, else 8080 (an empty `PORT=` counts as unset). */
export function portFromFlagOrEnv(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (flag !== undefined) return parsePort(flag);
  const fromEnv = env['PORT'];
  return fromEnv === undefined || fromEnv === '' ? 8080 : parsePort(fromEnv, '$PORT');
}
