import { defineCommand } from 'citty';
import { InputError } from '../model/errors.ts';
import { dyadCurve } from '../service/dyad-curve.ts';
import { debugArgs, jsonArgs, storeArgs } from './_shared.ts';
import { withStore } from './with-store.ts';

/** `tidings dyad PRK RUS`: the relation's curve, events per day by QuadClass, Goldstein sum and tone. */
export default defineCommand({
  meta: { name: 'dyad', description: 'Events between two actors per day (CAMEO code prefixes, e.g. PRK RUS)' },
  args: {
    a: { type: 'positional', description: 'First actor code (prefix), e.g. PRK', required: true },
    b: { type: 'positional', description: 'Second actor code (prefix), e.g. RUS', required: true },
    since: { type: 'string', description: 'Only days on or after this ISO date', valueHint: 'YYYY-MM-DD' },
    directed: { type: 'boolean', description: 'Only events from the first actor to the second', default: false },
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
  },
  async run({ args }) {
    if (args.since !== undefined && Number.isNaN(Date.parse(args.since))) {
      throw new InputError(`Expected an ISO date for \`--since\`, got \`${args.since}\`.`, 'Example: --since 2025-06-01');
    }
    await withStore(args.db, async (store) => {
      const days = await dyadCurve(store, args.a, args.b, { ...(args.since ? { since: args.since } : {}), directed: args.directed });
      if (args.json) {
        process.stdout.write(`${JSON.stringify(days)}\n`);
        return;
      }
      if (days.length === 0) process.stdout.write(`No events between ${args.a} and ${args.b}.\n`);
      else process.stdout.write('day         events  verbal-coop material-coop verbal-conf material-conf  goldstein  tone\n');
      for (const d of days) {
        const [vc, mc, vf, mf] = d.quadClass;
        process.stdout.write(
          `${d.day}  ${String(d.events).padStart(6)}  ${String(vc).padStart(11)} ${String(mc).padStart(13)} ${String(vf).padStart(11)} ${String(mf).padStart(13)}  ${String(d.goldstein).padStart(9)}  ${d.tone ?? ''}\n`,
        );
      }
    });
  },
});
