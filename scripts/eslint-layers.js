// ESLint rule: imports between src/ layers point one way only, so the architecture cannot erode.
// A file may import from layers below its own.
import { dirname, relative, resolve, sep } from 'node:path';

const ORDER = ['model', 'knowledge', 'pipeline', 'ingest', 'corpus', 'storage', 'service', 'api', 'cli', 'worker', 'web'];
// The CLI hosts the HTTP interface (`serve`, `demo` start it), so cli and worker sit above api.
const RANK = { model: 0, knowledge: 1, pipeline: 2, ingest: 3, corpus: 4, storage: 5, service: 6, api: 7, cli: 8, worker: 8, web: 9 };

function layerOf(file) {
  const rel = relative(resolve('src'), file);
  if (rel.startsWith('..')) return undefined;
  const top = rel.split(sep)[0];
  return ORDER.includes(top) ? top : undefined;
}

const layerDirection = {
  meta: { type: 'problem', docs: { description: 'imports between layers point one way' }, schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = layerOf(resolve(dirname(context.filename), spec));
      if (!to || to === from) return;
      // The browser UI talks HTTP only: it may share the model's types and nothing else.
      const allowed = from === 'web' ? to === 'model' : RANK[to] < RANK[from];
      if (!allowed) {
        context.report({
          node,
          message: `Layer \`${from}\` may not import from \`${to}\` (imports point ${ORDER.join(' ← ')}).`,
        });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'layer-direction': layerDirection } };
