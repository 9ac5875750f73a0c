import type { Diagnostic } from '../../model/diagnostic.ts';
import type { RegisterSpan } from '../../model/register.ts';
import type { Stage } from '../stage.ts';
import { measureRegister, profileOf } from './describe-register.ts';
import { tokenForms } from '../token-forms.ts';
import { findRegisterSpansByWordId } from './find-register-spans.ts';
import { plainFacts } from './plain-facts.ts';
import { compileRegisterPatterns, type RegisterPatterns } from './register-patterns.ts';
import { scoreTone } from './score-tone.ts';

/** Tone, informality, hedging, flagged style spans, a profile, and the plain facts behind the style. */
export const register: Stage<RegisterPatterns> = {
  name: 'register',
  needs: ['segment', 'topics'],
  prepare: () => compileRegisterPatterns(),
  run(doc, patterns) {
    const spans: RegisterSpan[] = findRegisterSpansByWordId(doc.text, patterns, doc.tokens, tokenForms(doc.tokens).id);
    const diagnostics: Diagnostic[] = [];
    const title = doc.meta.title;
    const isClickbait = title !== undefined && patterns.clickbait.test(title);
    if (isClickbait && title) {
      const at = doc.text.indexOf(title);
      if (at >= 0) spans.unshift({ kind: 'clickbait', text: title, span: { start: at, end: at + title.length } });
      diagnostics.push({
        severity: 'info',
        source: 'register',
        code: 'register/clickbait-headline',
        message: `The headline \`${title}\` withholds its point to earn a click.`,
      });
    }
    const measures = measureRegister(doc, spans, isClickbait);
    const { tone, sentenceTone } = scoreTone(doc);
    return {
      register: {
        tone,
        sentenceTone,
        informality: measures.informality,
        hedging: measures.hedging,
        profile: profileOf(measures),
        spans,
        plainFacts: plainFacts(doc),
      },
      diagnostics,
    };
  },
};
