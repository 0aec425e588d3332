/**
 * No published example goes stale: every query in GraphiQL's tabs, the README and the guides runs
 * against the real API, and where an answer is published beside it, the API gives that answer.
 */
import { differsFromPublished, publishedMarkdown, publishedQueries, queriesInMarkdown } from '../support/published';
import { useTestApi } from '../support/graphql';

const api = useTestApi();
const published = publishedQueries();

describe('the published examples', () => {
  it('are found in GraphiQL, the README and every guide', () => {
    const withQueries = new Set(published.map((p) => p.where.split(':')[0]));
    for (const file of ['GraphiQL', 'README.md', 'docs/graphql.md', 'docs/gis.md'])
      expect(withQueries.has(file)).toBe(true);
    expect(published.filter((p) => p.answer).length).toBeGreaterThanOrEqual(25);
  });

  it.each(published.map((p) => [p.where, p] as const))('%s answers as published', async (_where, example) => {
    const result = await api.run(example.query, example.variables);
    if (!example.answer) {
      expect(result.errors).toBeUndefined();
      return;
    }
    if (!example.answer.errors) expect(result.errors).toBeUndefined();
    expect(differsFromPublished({ data: result.data, errors: result.errors }, example.answer)).toBeNull();
  });
});

describe('the comparison of an answer with what was published', () => {
  it('matches numbers to the decimals written, keys left out, and lists item by item', () => {
    expect(differsFromPublished({ d: 3.719035, n: 'x', extra: 1 }, { d: 3.72, n: 'x' })).toBeNull();
    expect(differsFromPublished({ d: 3.719035 }, { d: 3.71 })).toBe('$.d: published 3.71, got 3.719035');
    expect(differsFromPublished({ l: [1, 2, 3] }, { l: [1, 2] })).toBe('$.l: published 2 items, got 3');
    expect(differsFromPublished({ l: [{ a: 1 }] }, { l: [{ a: 2 }] })).toBe('$.l[0].a: published 2, got 1');
    expect(differsFromPublished({ a: null }, { a: { b: 1 } })).toBe('$.a: published an object, got null');
    expect(differsFromPublished({}, { a: null })).toBe('$.a: published, but not in the answer');
  });

  it('reads a query and the answer that follows it from Markdown, with its line', () => {
    const readme = queriesInMarkdown('README.md');
    expect(readme.length).toBeGreaterThanOrEqual(3);
    expect(readme.every((q) => /^README\.md:\d+$/.test(q.where) && q.answer)).toBe(true);
    expect(publishedMarkdown()).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/graphql.md']));
  });
});
