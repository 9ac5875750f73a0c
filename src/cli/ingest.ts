import { defineCommand } from 'citty';
import { ConfigError } from '../model/errors.ts';

/** Placeholder: the command is registered so the CLI shape is fixed; its issue builds it. */
export default defineCommand({
  meta: { name: 'ingest', description: 'Not built yet.' },
  run() {
    throw new ConfigError('`ingest` is not built yet in this version of tidings.');
  },
});
