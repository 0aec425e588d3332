/**
 * JSON text passed through a response untouched. A boundary's GeoJSON comes out of PostGIS as
 * text; parsing it into objects only for JSON.stringify to turn them back into the same text
 * cost the event loop about 13 ms per 326 boundaries (a CPU profile of the heavy questions of
 * `npm run abuse`), time every other request waited. So the data layer hands such text on as a
 * RawJson, and the GraphQL response is written by stringifyWithRaw, which splices the texts in.
 *
 * Written here: JSON.rawJSON does this natively from Node 22 (V8 12), but Node 20 has no
 * JSON.rawJSON, and no package on npm splices raw text into JSON.stringify's output.
 * Outside stringifyWithRaw (a log line, a test), a RawJson serialises as the parsed value, so
 * the output is the same, only slower.
 */
import { randomBytes } from 'node:crypto';

/** Where the RawJson values met by the stringifyWithRaw call under way go; null outside one. */
let collecting: { nonce: string | undefined; texts: string[] } | null = null;

export class RawJson {
  /** `text` must be one JSON value, as PostgreSQL's json output is. */
  constructor(readonly text: string) {}

  toJSON(): unknown {
    if (!collecting) return JSON.parse(this.text) as unknown;
    // Drawn at the first RawJson of the call: most responses have none and need no random bytes
    // (a getrandom system call, 4 % of the CPU of a request for one district).
    collecting.nonce ??= `\u0000${randomBytes(6).toString('hex')}:`;
    collecting.texts.push(this.text);
    return `${collecting.nonce}${collecting.texts.length - 1}`;
  }

  /** The value as objects, for code that reads into it. */
  parse(): unknown {
    return JSON.parse(this.text) as unknown;
  }
}

/**
 * JSON.stringify(value), with every RawJson's text in place of its value. Each RawJson becomes a
 * placeholder string first: a NUL and a random nonce of this call (so no string of a client's
 * can imitate it), drawn at its first RawJson, and its index. JSON.stringify is synchronous, so
 * no other call can collect meanwhile.
 */
export function stringifyWithRaw(value: unknown): string {
  const call: { nonce: string | undefined; texts: string[] } = { nonce: undefined, texts: [] };
  collecting = call;
  let json: string;
  try {
    json = JSON.stringify(value);
  } finally {
    collecting = null;
  }
  const { nonce, texts } = call;
  if (nonce === undefined || texts.length === 0) return json;
  // The placeholder as JSON.stringify writes it: the NUL escaped as \u0000, in quotes.
  const quoted = JSON.stringify(nonce).slice(1, -1);
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const found = json.indexOf(`"${quoted}`, at);
    if (found < 0) break;
    const digitsAt = found + 1 + quoted.length;
    const end = json.indexOf('"', digitsAt);
    parts.push(json.slice(at, found), texts[Number(json.slice(digitsAt, end))]!);
    at = end + 1;
  }
  parts.push(json.slice(at));
  return parts.join('');
}

/**
 * A list whose items were made whole from one statement (a page of districts:
 * filter/authorities.graphql.ts), to be put into the response at `path` (graphql-js's response
 * path of the field) before it is written. graphql-js completes the field as an empty list; the
 * splice replaces it.
 */
export interface ListSplice {
  readonly path: readonly (string | number)[];
  readonly items: readonly unknown[];
}

/**
 * Puts each splice's JSON into `data` at its path. A path that no longer leads to the field (a
 * parent nulled by an error elsewhere) is skipped: there is nothing there to answer.
 */
export function applySplices(data: Record<string, unknown> | null | undefined, splices: readonly ListSplice[]): void {
  for (const { path, items } of splices) {
    let at: unknown = data;
    for (const key of path.slice(0, -1)) at = at === null || typeof at !== 'object' ? undefined : (at as never)[key];
    const last = path[path.length - 1]!;
    if (at !== null && typeof at === 'object' && Array.isArray((at as Record<string, unknown>)[last]))
      (at as Record<string | number, unknown>)[last] = items;
  }
}
