import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Sentence, Token } from '../../model/token.ts';
import { SENTENCE_STEPS } from './code-document.ts';
import { indexPatterns } from './event-pattern.ts';
import { MENTION_REWRITERS } from './find-actor-mentions.ts';
import { IMPLIED_RULES } from './implied-events.ts';

function tokens(...words: string[]): Token[] {
  let at = 0;
  return words.map((text) => {
    const token: Token = { text, span: { start: at, end: at + text.length }, pos: 'NOUN', lemma: text.toLowerCase(), precededBySpace: at > 0 };
    at += text.length + 1;
    return token;
  });
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The first statement of the exported function `name` in the module's source, whitespace collapsed: up to its first `return [];`. */
function openingStatement(source: string, name: string): string {
  const start = source.indexOf(`export function ${name}(`);
  // The signature is one line ending in `{`: the body starts on the next.
  const flat = source.slice(source.indexOf('{\n', start) + 2).replace(/\s+/g, ' ').trimStart();
  return flat.slice(0, flat.indexOf('return [];') + 'return [];'.length);
}

describe('the gates that skip rule steps', () => {
  it('gates each implied-event rule only on the word sets its own first statement returns nothing without', async () => {
    const anchored = IMPLIED_RULES.filter((rule) => rule.anchors.length > 0);
    assert.ok(anchored.length >= 10);
    for (const { imply, anchors } of anchored) {
      const file = `./${kebab(imply.name)}.ts`;
      const module = (await import(file)) as Record<string, unknown>;
      const names = anchors.map((words) => Object.keys(module).find((key) => module[key] === words));
      assert.ok(names.every((name) => name !== undefined), `${imply.name}'s anchors are word sets its own module exports`);
      const tests = names.map((name) => `!hasSentenceWords(tokens, sentence, ${name as string})`).join(' || ');
      // `if (!a || !b || …) return [];`: a sentence lacking any anchor returns nothing whatever the rest says.
      const statement = openingStatement(readFileSync(new URL(file, import.meta.url), 'utf8'), imply.name);
      assert.ok(statement.startsWith(`if (${tests})`) || statement.startsWith(`if (${tests} ||`), `${imply.name} opens with \`if (${tests}\`, got \`${statement}\``);
      assert.match(statement, /\) return \[\];$/);
    }
  });

  it('makes no event from none in any step run after a sentence is coded', () => {
    const words = tokens('Police', 'said', 'the', 'talks', 'ended', '.');
    const sentence: Sentence = { span: { start: 0, end: 30 }, firstToken: 0, lastToken: 5 };
    const scope = { tokens: words, sentence, mentions: [], patterns: indexPatterns([], []) };
    for (const step of SENTENCE_STEPS) assert.deepEqual(step([], scope), []);
  });

  it('makes no actor mention from none in any rewriter of a sentence\'s mentions', () => {
    const words = tokens('Ethnic', 'rebels', 'of', 'the', 'congress', 'counterpart', '.');
    for (const rewrite of MENTION_REWRITERS) assert.deepEqual(rewrite(words, []), []);
  });
});
