/**
 * The cql2-text parser (src/maps/cql2: a peggy grammar written from the CQL2 standard's BNF)
 * against the standard's own examples (ogc-examples.json, with their source and licence): each
 * example of the conformance classes this API declares parses to exactly the CQL2 JSON the
 * standard gives for it, and each example beyond them (functions, temporal, array and arithmetic
 * operators) is refused with a message that says where and what, never a crash.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFilter } from '../../../src/maps/cql2/cql2';

interface Examples {
  source: string;
  inScope: Array<{ name: string; text: string; json: unknown }>;
  outOfScope: Array<{ name: string; text: string }>;
}
const examples = JSON.parse(readFileSync(path.join(__dirname, 'ogc-examples.json'), 'utf8')) as Examples;

/** A parse error's message, or undefined when the text parses. */
function refusal(text: string): string | undefined {
  try {
    parseFilter(text, 'cql2-text');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('cql2-text, against the examples of the CQL2 standard', () => {
  it('has the examples of every class the API declares: comparisons, LIKE/BETWEEN/IN, IS NULL, the spatial functions', () => {
    const texts = examples.inScope.map((e) => e.text).join('\n');
    for (const token of [
      'LIKE',
      'BETWEEN',
      'IN (',
      'IS NULL',
      'NOT',
      'OR',
      'AND',
      'S_INTERSECTS',
      'S_WITHIN',
      'S_EQUALS',
      'S_DISJOINT',
      'S_TOUCHES',
      'S_OVERLAPS',
      'S_CROSSES',
      'S_CONTAINS',
      'BBOX',
      'MULTIPOLYGON',
      'GEOMETRYCOLLECTION',
    ])
      expect(texts).toContain(token);
    expect(examples.inScope.length).toBeGreaterThanOrEqual(50);
  });

  it.each(examples.inScope.map((e) => [e.name, e] as const))(
    '%s parses to the CQL2 JSON the standard gives',
    (_name, example) => {
      const { tree } = parseFilter(example.text, 'cql2-text');
      expect(JSON.parse(JSON.stringify(tree))).toEqual(example.json);
    },
  );

  it.each(examples.outOfScope.map((e) => [e.name, e.text] as const))(
    '%s (beyond the declared classes) is refused with its position',
    (_name, text) => {
      expect(refusal(text)).toMatch(/^filter is not valid CQL2 text: .* at position \d+ \(line \d+, column \d+\)/);
    },
  );
});

describe('what a refusal says', () => {
  it('names a function the API does not evaluate, and where it is', () => {
    expect(refusal("CASEI(name) = 'leeds'")).toBe(
      'filter is not valid CQL2 text: CASEI(…) at position 6 (line 1, column 6) is not a function this API evaluates; it evaluates comparisons, LIKE, BETWEEN, IN, IS NULL, AND, OR, NOT and the spatial functions S_INTERSECTS, S_EQUALS, S_DISJOINT, S_TOUCHES, S_WITHIN, S_OVERLAPS, S_CROSSES, S_CONTAINS and S_DWITHIN',
    );
  });

  it('says what stood where and what could have', () => {
    expect(refusal("band = 'COLDSPOT' AND")).toMatch(
      /unexpected the end of the filter at position 22 \(line 1, column 22\)/,
    );
    expect(refusal("band == 'COLDSPOT'")).toMatch(/unexpected "=" at position 7/);
    expect(refusal("name LIKE 'North%")).toMatch(/at position 11 .*expected/);
  });

  it('keeps keywords case-insensitive and quoted names apart from them', () => {
    const { tree } = parseFilter('"in" = 1 and not rank between 1 and 5', 'cql2-text');
    expect(tree).toEqual({
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'in' }, 1] },
        { op: 'not', args: [{ op: 'between', args: [{ property: 'rank' }, 1, 5] }] },
      ],
    });
  });

  it('reads S_DWITHIN, this API’s extension, with its distance in metres', () => {
    expect(parseFilter('S_DWITHIN(geometry, POINT(-1.55 53.8), 10000)', 'cql2-text').tree).toEqual({
      op: 's_dwithin',
      args: [{ property: 'geometry' }, { type: 'Point', coordinates: [-1.55, 53.8] }, 10000],
    });
  });

  it('refuses a filter longer than the limit before parsing it', () => {
    expect(() => parseFilter(`rank = 1${' OR rank = 1'.repeat(800)}`, 'cql2-text')).toThrow(/at most 8000 characters/);
  });
});
