import { randomUUID } from 'node:crypto';
import { defineCommand } from 'citty';
import { InputError, NotFoundError } from '../model/errors.ts';
import type { WatchOutput, WatchQuery } from '../model/watch.ts';
import { debugArgs, jsonArgs, storeArgs } from './_shared.ts';
import { withStore } from './with-store.ts';

const list = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

/** Where `--output` sends matches: `stdout`, an http(s) webhook URL, or a JSON Lines file path. */
function parseOutput(value: string | undefined): WatchOutput {
  if (!value || value === 'stdout') return { kind: 'stdout' };
  if (/^https?:\/\//i.test(value)) return { kind: 'webhook', url: value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new InputError(`Unsupported \`--output\` URL \`${value}\`.`, 'Use `stdout`, a .jsonl file path, or an http(s):// webhook URL.');
  }
  return { kind: 'jsonl', path: value };
}

const add = defineCommand({
  meta: { name: 'add', description: 'Save a query that is checked on every ingest' },
  args: {
    name: { type: 'positional', description: 'A name for the watch', required: true },
    actor: { type: 'string', description: 'Actor names or CAMEO code prefixes, comma-separated (any matches)' },
    code: { type: 'string', description: 'CAMEO event code prefixes, comma-separated' },
    place: { type: 'string', description: 'Place names or ISO-3 country codes, comma-separated' },
    topic: { type: 'string', description: 'Topic slugs, comma-separated' },
    text: { type: 'string', description: 'Words that must all occur in the article' },
    output: { type: 'string', description: 'stdout (default), a .jsonl file, or an http(s):// webhook URL' },
    ...storeArgs, ...jsonArgs, ...debugArgs,
  },
  async run({ args }) {
    const query: WatchQuery = {
      ...(args.actor ? { actors: list(args.actor) } : {}),
      ...(args.code ? { eventCodes: list(args.code) } : {}),
      ...(args.place ? { places: list(args.place) } : {}),
      ...(args.topic ? { topics: list(args.topic) } : {}),
      ...(args.text?.trim() ? { text: args.text.trim() } : {}),
    };
    if (Object.keys(query).length === 0) {
      throw new InputError('A watch needs at least one of --actor, --code, --place, --topic or --text.', 'Example: tidings watch add prk-rus --actor PRK,RUS --code 04');
    }
    const watch = { id: randomUUID().slice(0, 8), name: args.name, query, output: parseOutput(args.output), createdAt: new Date().toISOString() };
    await withStore(args.db, async (store) => {
      const corpus = store.corpus;
      if ((await corpus.listWatches()).some((w) => w.name === args.name)) {
        throw new InputError(`A watch named \`${args.name}\` already exists.`, 'Pick another name, or `tidings watch remove` it first.');
      }
      await corpus.putWatch(watch);
    });
    process.stdout.write(args.json ? `${JSON.stringify(watch)}\n` : `Saved watch ${watch.name} (${watch.id}); matches go to ${watch.output.kind}.\n`);
  },
});

const show = defineCommand({
  meta: { name: 'list', description: 'List saved watches' },
  args: { ...storeArgs, ...jsonArgs, ...debugArgs },
  async run({ args }) {
    const watches = await withStore(args.db, (store) => store.corpus.listWatches());
    if (args.json) {
      process.stdout.write(`${JSON.stringify(watches)}\n`);
      return;
    }
    if (watches.length === 0) process.stdout.write('No watches; add one with `tidings watch add <name> --actor …`.\n');
    for (const w of watches) {
      const output = w.output.kind === 'stdout' ? 'stdout' : w.output.kind === 'jsonl' ? w.output.path : w.output.url;
      process.stdout.write(`${w.id}  ${w.name}  ${JSON.stringify(w.query)}  → ${output}\n`);
    }
  },
});

const remove = defineCommand({
  meta: { name: 'remove', description: 'Remove a watch by name or id' },
  args: { name: { type: 'positional', description: 'Watch name or id', required: true }, ...storeArgs, ...jsonArgs, ...debugArgs },
  async run({ args }) {
    const removed = await withStore(args.db, (store) => store.corpus.removeWatch(args.name));
    if (!removed) throw new NotFoundError(`No watch \`${args.name}\`; \`tidings watch list\` shows them.`);
    process.stdout.write(args.json ? `${JSON.stringify({ removed: args.name })}\n` : `Removed watch ${args.name}.\n`);
  },
});

/** `tidings watch add|list|remove`: saved queries reported on every ingest (stdout, JSON Lines file or webhook). */
export default defineCommand({
  meta: { name: 'watch', description: 'Saved queries checked on every ingest: add, list, remove' },
  subCommands: { add, list: show, remove },
});
