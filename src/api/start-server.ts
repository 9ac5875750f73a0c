import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AppDeps } from './app-deps.ts';
import { createApp } from './app.ts';
import { InputError } from '../model/errors.ts';

export interface ServerOptions extends AppDeps {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the API and web UI on a port; `tidings serve`, `tidings demo` and the browser tests call it. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const hostname = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((err) => (err ? fail(err) : done()));
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        const why = error.code === 'EADDRINUSE' ? 'is already in use' : 'may not be opened by this user';
        reject(new InputError(`Port ${options.port} on ${hostname} ${why}.`, 'Pass another with `--port N` (or set PORT), or stop the program using it.'));
      } else {
        reject(error);
      }
    });
  });
}
