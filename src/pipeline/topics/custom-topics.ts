import type { Topic } from '../../model/topic.ts';
import { type CompiledNaiveBayes, naiveBayesPosterior, scoreNaiveBayes } from '../../knowledge/topics/naive-bayes.ts';
import { iptcCodeOf } from '../../knowledge/topics/taxonomy.ts';
import { textFeatures } from '../../knowledge/topics/text-features.ts';

/** Scores a user's own taxonomy (`tidings topics train`): the model's posterior per label, best first. */
export function classifyCustomTopics(text: string, title: string | undefined, model: CompiledNaiveBayes): Topic[] {
  const features = textFeatures(title ? `${title}\n${text}` : text);
  const scores = scoreNaiveBayes(model, features);
  const posterior = naiveBayesPosterior(model, scores);
  return model.model.classes
    .map((label, c) => {
      const iptc = iptcCodeOf(label);
      return {
        slug: label,
        ...(iptc ? { iptc } : {}),
        score: Math.round((posterior[c] ?? 0) * 1000) / 1000,
        evidence: [...(scores.evidence[c] ?? [])],
      };
    })
    .sort((a, b) => b.score - a.score);
}
