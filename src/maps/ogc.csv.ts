/**
 * A collection's items as CSV (f=csv): one row per feature, its properties as columns and its
 * geometry as WKT in a `wkt` column (none with geometry=none), for spreadsheets, pandas and
 * GDAL's CSV driver. The rows are read a chunk at a time (each chunk one statement, through the
 * collection's own items query) and written as they come (csv-stringify), so a page of 10,000
 * features never sits whole in memory. The first chunk is read before anything is sent, so a
 * bad parameter is still a 400.
 */
import { Readable } from 'node:stream';
import { geojsonToWKT } from '@terraformer/wkt';
import { stringify } from 'csv-stringify';
import type { Feature, Page } from './ogc.collections';

/** The largest page f=csv (streamed) serves. */
export const CSV_MAX_LIMIT = 10000;
/** Features read per statement while streaming. */
export const CSV_CHUNK = 250;

type Row = Record<string, unknown>;

function rowOf(feature: Feature & { geometry?: unknown }, withGeometry: boolean): Row {
  const row: Row = { ...feature.properties };
  if (withGeometry) row.wkt = feature.geometry ? geojsonToWKT(feature.geometry as never) : null;
  return row;
}

/**
 * The pages of `limit` features from `offset`, read by `read(offset, size)` CSV_CHUNK at a time,
 * until the limit or a short page (the last). Each chunk is one statement.
 */
export async function* readInChunks(
  read: (offset: number, size: number) => Promise<Page>,
  offset: number,
  limit: number,
): AsyncGenerator<Page> {
  for (let done = 0; done < limit;) {
    const size = Math.min(CSV_CHUNK, limit - done);
    const page = await read(offset + done, size);
    yield page;
    done += page.collection.features.length;
    if (page.collection.features.length < size) return;
  }
}

/**
 * The CSV of `limit` features from `offset`, read in chunks (readInChunks). Resolves once the
 * first chunk is read, with the stream and the number of features matched.
 */
export async function csvOfItems(
  read: (offset: number, size: number) => Promise<Page>,
  offset: number,
  limit: number,
  withGeometry: boolean,
): Promise<{ stream: Readable; numberMatched: number }> {
  const pages = readInChunks(read, offset, limit);
  const first = (await pages.next()).value as Page;
  async function* rows(): AsyncGenerator<Row> {
    for (const f of first.collection.features) yield rowOf(f, withGeometry);
    for await (const page of pages) for (const f of page.collection.features) yield rowOf(f, withGeometry);
  }
  const csv = stringify({
    header: true,
    // Spelt out, not csv-stringify's defaults (1 and an empty cell).
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
  });
  const source = Readable.from(rows());
  // A chunk that fails after the first ends the response (pipe alone would leave it hanging).
  source.on('error', (err) => csv.destroy(err));
  return { stream: source.pipe(csv), numberMatched: first.numberMatched };
}
