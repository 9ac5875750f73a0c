interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
}

/**
 * A parsed robots.txt (RFC 9309): the group for the most specific matching user agent, longest matching path wins,
 * `allow` wins ties, `*` and `$` wildcards supported.
 */
export class RobotsRules {
  readonly #groups: Map<string, Rule[]>;

  constructor(text: string) {
    this.#groups = parseGroups(text);
  }

  /** An instance that allows everything (no robots.txt, or a 4xx answer). */
  static allowAll(): RobotsRules {
    return new RobotsRules('');
  }

  /** An instance that refuses everything (robots.txt unreachable: RFC 9309 says assume complete disallow). */
  static disallowAll(): RobotsRules {
    return new RobotsRules('User-agent: *\nDisallow: /');
  }

  /** Whether `userAgent` may fetch the path (with query) of `url`. */
  isAllowed(url: string, userAgent: string): boolean {
    const parsed = new URL(url);
    const path = `${parsed.pathname}${parsed.search}`;
    const token = userAgent.toLowerCase().split(/[/\s]/, 1)[0] ?? '';
    const rules = [...this.#groups.keys()].filter((agent) => agent !== '*' && token.includes(agent))
      .sort((a, b) => b.length - a.length).map((agent) => this.#groups.get(agent))[0] ?? this.#groups.get('*') ?? [];
    let best: Rule | undefined;
    for (const rule of rules) {
      if (rule.pattern === '' || !matches(rule.pattern, path)) continue;
      if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
    }
    return best?.allow ?? true;
  }
}

function parseGroups(text: string): Map<string, Rule[]> {
  const groups = new Map<string, Rule[]>();
  let agents: string[] = [];
  let inRules = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^([a-z-]+)\s*:\s*(.*)$/i.exec(line);
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'user-agent') {
      if (inRules) agents = [];
      inRules = false;
      agents.push(value.toLowerCase());
      for (const agent of agents) if (!groups.has(agent)) groups.set(agent, []);
    } else if (key === 'allow' || key === 'disallow') {
      inRules = true;
      for (const agent of agents) groups.get(agent)?.push({ allow: key === 'allow', pattern: value });
    }
  }
  return groups;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}
