/**
 * RawJson and stringifyWithRaw (src/common/raw-json.ts): JSON text from the database goes into a
 * response as it is, and the output is exactly what JSON.stringify of the parsed values gives.
 * The GeoJSON texts here are small synthetic geometries of this file's own.
 */
import { RawJson, stringifyWithRaw } from '../../src/common';

const polygon = '{"type":"MultiPolygon","coordinates":[[[[-1.5,52.1],[-1.4,52.1],[-1.4,52.2],[-1.5,52.1]]]]}';
const point = '{"type":"Point","coordinates":[-0.1276,51.5072]}';

describe('stringifyWithRaw', () => {
  it('writes each RawJson as its text, anywhere in the value, and the rest as JSON.stringify does', () => {
    const value = {
      data: {
        authorities: {
          nodes: [
            { code: 'E06000001', boundary: new RawJson(polygon) },
            { code: 'E06000002', boundary: new RawJson(point), name: 'a "quoted" name' },
          ],
        },
      },
      extensions: { n: [1, new RawJson('[]')] },
    };
    const written = stringifyWithRaw(value);
    expect(written).toContain(`"boundary":${polygon}`);
    expect(written).toBe(
      JSON.stringify({
        data: {
          authorities: {
            nodes: [
              { code: 'E06000001', boundary: JSON.parse(polygon) },
              { code: 'E06000002', boundary: JSON.parse(point), name: 'a "quoted" name' },
            ],
          },
        },
        extensions: { n: [1, []] },
      }),
    );
  });

  it('leaves a value without RawJson exactly as JSON.stringify writes it', () => {
    const value = {
      errors: [{ message: 'edition 2015 is not loaded', extensions: { code: 'BAD_USER_INPUT' } }],
      data: null,
    };
    expect(stringifyWithRaw(value)).toBe(JSON.stringify(value));
  });

  it('is not fooled by a string that looks like its placeholder', () => {
    // A client's string with a NUL, a would-be nonce and an index, beside a real RawJson.
    const imitation = '\u0000000000000000:0';
    const written = stringifyWithRaw({ a: imitation, b: new RawJson(point) });
    expect(JSON.parse(written)).toEqual({ a: imitation, b: JSON.parse(point) });
  });

  it('writes the parsed value when serialised any other way (a log line, a test)', () => {
    expect(JSON.stringify({ b: new RawJson(point) })).toBe(JSON.stringify({ b: JSON.parse(point) }));
    expect(new RawJson(point).parse()).toEqual({ type: 'Point', coordinates: [-0.1276, 51.5072] });
  });

  it('leaves nothing behind when JSON.stringify throws, so the next call is clean', () => {
    const cyclic: Record<string, unknown> = { b: new RawJson(point) };
    cyclic.self = cyclic;
    expect(() => stringifyWithRaw(cyclic)).toThrow(TypeError);
    expect(JSON.stringify({ b: new RawJson(point) })).toBe(`{"b":${point}}`);
  });
});
