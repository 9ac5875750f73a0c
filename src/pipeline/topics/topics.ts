import { type CompiledNaiveBayes, compileNaiveBayes } from '../../knowledge/topics/naive-bayes.ts';
import { buildTopicLexiconIndex, type TopicLexiconIndex } from '../../knowledge/topics/topic-lexicon-index.ts';
import { topicVocabulary } from '../../knowledge/topics/topic-vocabulary.ts';
import { BUILTIN_TOPIC_WEIGHTS, customTopicModelPath, loadTopicModel } from '../../knowledge/topics/topic-model-files.ts';
import type { Stage } from '../stage.ts';
import { tokenForms } from '../token-forms.ts';
import { classifyCustomTopics } from './custom-topics.ts';
import { classifyTopics } from './topic-classifier.ts';
import { topicHintsFrom } from './topic-hints.ts';

type TopicResources =
  | { readonly kind: 'builtin'; readonly model: CompiledNaiveBayes; readonly lexicon: TopicLexiconIndex }
  | { readonly kind: 'custom'; readonly model: CompiledNaiveBayes };

/** Shown topics: the strongest few, never the long tail of near-zero scores. */
const MIN_SCORE = 0.02;
const MAX_TOPICS = 6;

/** Multi-label topics: the built-in IPTC taxonomy (or a user's model), with the evidence behind each score. */
export const topics: Stage<TopicResources> = {
  name: 'topics',
  needs: ['segment', 'actors', 'events'],
  prepare(options) {
    if (options.topics) {
      const path = customTopicModelPath(options.topics, options.dataDir);
      const model = loadTopicModel(path, `Train it with \`tidings topics train <labels.jsonl> --name ${options.topics}\`.`);
      return { kind: 'custom', model: compileNaiveBayes(model) };
    }
    const model = compileNaiveBayes(loadTopicModel(BUILTIN_TOPIC_WEIGHTS, 'Rebuild it with `npm run train:topics` (needs ../shared/eval-data/bbc-news).'));
    const lexicon = buildTopicLexiconIndex();
    // Built now, with the rest of the knowledge, rather than on the first article.
    topicVocabulary(model, lexicon);
    return { kind: 'builtin', model, lexicon };
  },
  run(doc, resources) {
    const title = doc.meta.title;
    const scored =
      resources.kind === 'custom'
        ? classifyCustomTopics(doc.text, title, resources.model)
        : classifyTopics({ text: doc.text, title: title || undefined, hints: topicHintsFrom(doc), tokens: { tokens: doc.tokens, ids: tokenForms(doc.tokens).id } }, resources.model, resources.lexicon);
    return { topics: scored.filter((topic, i) => i === 0 || topic.score >= MIN_SCORE).slice(0, MAX_TOPICS) };
  },
};
