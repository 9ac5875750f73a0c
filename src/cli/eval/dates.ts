import { defineCommand } from 'citty';
import { ConfigError } from '../../model/errors.ts';

/** Placeholder: the command is registered so the CLI shape is fixed; its issue builds it. */
export default defineCommand({
  meta: { name: 'dates', description: 'Not built yet.' },
  run() {
    throw new ConfigError('`dates` is not built yet in this version of tidings.');
  },
});
