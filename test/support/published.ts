/**
 * Every query the project publishes, in one list: GraphiQL's example tabs, and each ```graphql
 * block of the README, the guides in docs/ and CONTRIBUTING. A block followed at once by a ```json
 * block publishes its answer too: the response as the server sends it, `data` and/or `errors`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { EXAMPLE_QUERIES } from '../../src/server/examples';
import { ROOT } from './paths';

export interface PublishedQuery {
  /** Where a reader finds it: `docs/graphql.md:120`, or `GraphiQL: <tab title>`. */
  where: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The published response, when there is one. */
  answer?: { data?: unknown; errors?: unknown[] };
}

/** The Markdown files whose queries are published: the README, the guides, CONTRIBUTING. */
export function publishedMarkdown(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return ['README.md', 'CONTRIBUTING.md', ...docs.sort()];
}

export function queriesInMarkdown(file: string): PublishedQuery[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const tokens = new MarkdownIt().parse(text, {}).filter((t) => t.level === 0);
  const found: PublishedQuery[] = [];
  tokens.forEach((block, i) => {
    if (block.type !== 'fence' || block.info.trim() !== 'graphql') return;
    const line = (block.map?.[0] ?? 0) + 1;
    const next = tokens[i + 1];
    let answer: PublishedQuery['answer'];
    // The answer is the block that follows the query's, with no text between them.
    if (next?.type === 'fence' && next.info.trim() === 'json') {
      try {
        answer = JSON.parse(next.content) as PublishedQuery['answer'];
      } catch (e) {
        throw new Error(`${file}:${line}: the answer after this query is not JSON (${(e as Error).message})`, {
          cause: e,
        });
      }
    }
    found.push({ where: `${file}:${line}`, query: block.content, ...(answer ? { answer } : {}) });
  });
  return found;
}

export function publishedQueries(): PublishedQuery[] {
  const tabs = EXAMPLE_QUERIES.map((e) => ({
    where: `GraphiQL: ${e.title}`,
    query: e.query,
    ...(e.variables ? { variables: e.variables as Record<string, unknown> } : {}),
  }));
  return [...tabs, ...publishedMarkdown().flatMap(queriesInMarkdown)];
}

/**
 * Whether an answer is what was published: objects have the published keys with matching values
 * (a published answer may leave keys out: an abridged error, a boundary's type alone), arrays have
 * the same length and matching items in order, and a number matches to the decimals written
 * (3.72 stands for 3.719035…). Returns where they differ, or null.
 */
export function differsFromPublished(actual: unknown, published: unknown, at = '$'): string | null {
  if (typeof published === 'number') {
    if (typeof actual !== 'number') return `${at}: published ${published}, got ${JSON.stringify(actual)}`;
    const decimals = (String(published).split('.')[1] ?? '').length;
    return Number(actual.toFixed(decimals)) === published ? null : `${at}: published ${published}, got ${actual}`;
  }
  if (Array.isArray(published)) {
    if (!Array.isArray(actual)) return `${at}: published a list, got ${JSON.stringify(actual)}`;
    if (actual.length !== published.length) return `${at}: published ${published.length} items, got ${actual.length}`;
    for (let i = 0; i < published.length; i++) {
      const d = differsFromPublished(actual[i], published[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (published !== null && typeof published === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `${at}: published an object, got ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(published)) {
      if (!(key in actual)) return `${at}.${key}: published, but not in the answer`;
      const d = differsFromPublished((actual as Record<string, unknown>)[key], value, `${at}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(actual, published)
    ? null
    : `${at}: published ${JSON.stringify(published)}, got ${JSON.stringify(actual)}`;
}
