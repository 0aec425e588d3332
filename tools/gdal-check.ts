/**
 * `npm run gdal-check`: GDAL, a client we did not write, reads the OGC API – Features endpoints
 * of the built server on 127.0.0.1 (the embedded database, or PostgreSQL when DATABASE_URL is
 * set). It needs GDAL's `ogrinfo` (Debian: gdal-bin), so it is not part of `npm test`; CI runs it.
 *
 * Checks, each printed with the command: the OAPIF driver lists the `authorities` layer with its
 * fields and 326 features; it reads all 326 (paging by the next links); a bbox around
 * Westminster (-spat, sent as bbox) finds Westminster among a handful; and the features read in
 * EPSG:27700 have easting/northing coordinates: with the driver's CRS open option where GDAL has
 * it (3.7 and later), else with GDAL's GeoJSON driver on the items URL with crs=EPSG:27700
 * (Debian 12's GDAL 3.6 predates Part 2). Part 3 (CQL2): the OAPIF driver turns an attribute
 * filter (-where) into a CQL filter it sends to the server (GDAL 3.6 names it by the draft's
 * filter-lang=cql-text, which the server reads as CQL2 text), and gets the districts the OGC API
 * gives for the same CQL2 filter; and GDAL's GeoJSON driver reads an items URL carrying a CQL2
 * filter, sorted by sortby; its CSV driver reads f=csv over HTTP; and its FlatGeobuf driver reads
 * f=fgb over /vsicurl/ by byte ranges, a bbox through the file's spatial index. OWSLib (Debian's python3-owslib, tools/owslib-check.py) reads the
 * queryables and the same filtered page, sorted and with chosen properties, and pandas
 * (python3-pandas) the CSV of the same filter. Exits 1 when a
 * check fails.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot, startServer } from './harness';

const run = promisify(execFile);
const FIELDS = [
  'code',
  'name',
  'region',
  'rank',
  'score',
  'band',
  'quintile',
  'coastal',
  'rural',
  'industrial',
  'population',
];
const EPSG_27700 = 'http://www.opengis.net/def/crs/EPSG/0/27700';

async function ogrinfo(args: string[]): Promise<string> {
  return (await ogrinfoWithLog(args)).stdout;
}

/** ogrinfo's output and its log (stderr: with --debug on, the URLs it fetched). */
async function ogrinfoWithLog(args: string[]): Promise<{ stdout: string; stderr: string }> {
  process.stdout.write(`$ ogrinfo ${args.map((a) => (/[\s&?'=]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`);
  return run('ogrinfo', args, { maxBuffer: 256 * 2 ** 20, timeout: 120000 });
}

/** The codes of the districts the server's OGC API gives for a CQL2 filter, in code order. */
async function filtered(base: string, filter: string): Promise<string[]> {
  const url = `${base}/ogc/collections/authorities/items?limit=500&properties=code&filter=${encodeURIComponent(filter)}`;
  const body = (await (await fetch(url)).json()) as { features: Array<{ id: string }> };
  return body.features.map((f) => f.id);
}

function check(ok: boolean, what: string, failures: string[]): void {
  process.stdout.write(`  ${ok ? 'ok' : 'FAILED'}: ${what}\n`);
  if (!ok) failures.push(what);
}

/** The layer's extent as ogrinfo prints it: [minX, minY, maxX, maxY]. */
function extentOf(text: string): number[] {
  const m = /Extent: \(([-\d.]+), ([-\d.]+)\) - \(([-\d.]+), ([-\d.]+)\)/.exec(text);
  return m ? m.slice(1).map(Number) : [];
}

async function main(): Promise<void> {
  const version = (await run('ogrinfo', ['--version'])).stdout.trim();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-gdal-'));
  const server = await startServer({ PGLITE_DATA_DIR: path.join(dataDir, 'pglite') });
  const failures: string[] = [];
  try {
    const source = `OAPIF:${server.base}/ogc`;
    process.stdout.write(
      `${version}; server ${server.base} on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'the embedded database'}\n`,
    );

    const summary = await ogrinfo(['-ro', '-so', source, 'authorities']);
    process.stdout.write(
      summary
        .split('\n')
        .filter((l) => /^(Layer name|Geometry|Feature Count|Extent|[a-z]+: )/.test(l))
        .map((l) => `    ${l}\n`)
        .join(''),
    );
    check(/Feature Count: 326\b/.test(summary), 'the layer reports 326 features', failures);
    const fields = [...summary.matchAll(/^(\w+): (String|Integer|Integer64|Real|Integer\(Boolean\))/gm)].map(
      (m) => m[1],
    );
    check(
      FIELDS.every((f) => fields.includes(f)),
      `the layer has the fields ${FIELDS.join(', ')} (GDAL read: ${fields.join(', ')})`,
      failures,
    );

    const all = await ogrinfo(['-ro', '-al', '-q', '-geom=NO', source, 'authorities']);
    const codes = [...all.matchAll(/^\s+code \(String\) = (E0\d{7})$/gm)].map((m) => m[1]);
    check(
      codes.length === 326 && new Set(codes).size === 326,
      `all features read, each once (GDAL read ${codes.length}, ${new Set(codes).size} distinct)`,
      failures,
    );
    const westminster =
      /code \(String\) = E09000033\n(?:.*\n)*?\s+name \(String\) = Westminster\n(?:.*\n)*?\s+band \(String\) = HOTSPOT/.test(
        all,
      );
    check(westminster, 'Westminster reads as a HOTSPOT with its name', failures);

    const spat = await ogrinfo([
      '-ro',
      '-al',
      '-q',
      '-geom=NO',
      '-spat',
      '-0.15',
      '51.49',
      '-0.12',
      '51.51',
      source,
      'authorities',
    ]);
    const inBox = [...spat.matchAll(/^\s+code \(String\) = (E0\d{7})$/gm)].map((m) => m[1]);
    check(
      inBox.includes('E09000033') && inBox.length < 10,
      `a bbox around Westminster finds it among ${inBox.length} (${inBox.join(', ')})`,
      failures,
    );

    // The areas people name: another layer of the same service, with their districts' summaries.
    const areas = await ogrinfo(['-ro', '-al', '-q', '-geom=NO', source, 'areas']);
    const norfolk =
      /code \(String\) = E10000020\n(?:.*\n)*?\s+name \(String\) = Norfolk\n(?:.*\n)*?\s+kind \(String\) = COUNTY\n(?:.*\n)*?\s+districts \(Integer\) = 7\n/.test(
        areas,
      );
    const areaCodes = [...areas.matchAll(/^\s+code \(String\) = (E\d{8})$/gm)].map((m) => m[1]);
    check(
      norfolk && areaCodes.length > 326,
      `the areas layer reads (${areaCodes.length} areas), Norfolk as a county of 7 districts`,
      failures,
    );

    // The spatial answers as layers: the neighbours as lines, one per pair.
    const lines = await ogrinfo(['-ro', '-so', source, 'neighbours']);
    const pairs = Number(/Feature Count: (\d+)/.exec(lines)?.[1] ?? 0);
    check(
      /Geometry: Multi Line String/.test(lines) && pairs > 800,
      `the neighbours layer reads as lines (${pairs} pairs)`,
      failures,
    );

    // f=csv: GDAL's CSV driver reads the streamed CSV over HTTP, its wkt column as the geometry.
    const csv = await ogrinfo([
      '-ro',
      '-al',
      '-q',
      `CSV:/vsicurl_streaming/${server.base}/ogc/collections/neighbours/items?f=csv&limit=10000`,
    ]);
    const csvLines = [...csv.matchAll(/^\s+MULTILINESTRING \(\(/gm)].length;
    check(
      csvLines === pairs,
      `GDAL's CSV driver reads f=csv over HTTP: ${csvLines} line geometries from the wkt column, one per pair`,
      failures,
    );

    // f=fgb: GDAL reads FlatGeobuf over HTTP (/vsicurl/, by byte ranges), and a bbox through its spatial index.
    const fgbUrl = `/vsicurl/${server.base}/ogc/collections/authorities/items?f=fgb&limit=500`;
    const fgbAll = await ogrinfo(['-ro', '-so', '-al', fgbUrl]);
    check(/Feature Count: 326\b/.test(fgbAll), 'GDAL reads f=fgb over /vsicurl/: 326 features', failures);
    const fgbBox = await ogrinfoWithLog([
      '--debug',
      'on',
      '-ro',
      '-al',
      '-q',
      '-geom=NO',
      '-spat',
      '-0.15',
      '51.49',
      '-0.12',
      '51.51',
      fgbUrl,
    ]);
    const fgbCodes = [...fgbBox.stdout.matchAll(/^\s+code \(String\) = (E0\d{7})$/gm)].map((m) => m[1]);
    const fetches = [...fgbBox.stderr.matchAll(/VSICURL: Downloading (\d+)-(\d+)/g)];
    const fetched = fetches.reduce((sum, m) => sum + Number(m[2]) - Number(m[1]) + 1, 0);
    check(
      fgbCodes.includes('E09000033') && fgbCodes.length < 10 && fetches.length <= 6,
      `a bbox around Westminster reads ${fgbCodes.length} features through the file's spatial index, in ${fetches.length} byte ranges (${fetched} bytes)`,
      failures,
    );

    // Part 3: the driver sends the attribute filter to the server as CQL; the answer is the OGC API's own.
    const expected = await filtered(server.base, "band = 'COLDSPOT' AND coastal = true");
    const where = await ogrinfoWithLog([
      '--debug',
      'on',
      '-ro',
      '-al',
      '-q',
      '-geom=NO',
      '-where',
      "band = 'COLDSPOT' AND coastal = 1",
      source,
      'authorities',
    ]);
    const sent = /[?&]filter=([^&\s)]+)&filter-lang=cql-text/.exec(where.stderr);
    const whereCodes = [...where.stdout.matchAll(/^\s+code \(String\) = (E0\d{7})$/gm)].map((m) => m[1]).sort();
    check(
      sent !== null,
      `the OAPIF driver sends the filter to the server (${sent ? decodeURIComponent(sent[1]!.replace(/\+/g, ' ')) : 'no filter= in its requests'})`,
      failures,
    );
    check(
      expected.length > 5 && JSON.stringify(whereCodes) === JSON.stringify(expected),
      `-where "band = 'COLDSPOT' AND coastal = 1" gives the ${expected.length} districts the OGC API's CQL2 filter gives (GDAL read ${whereCodes.length})`,
      failures,
    );
    const cqlUrl = `${server.base}/ogc/collections/authorities/items?limit=500&sortby=-score&filter=${encodeURIComponent(
      'S_DWITHIN(geometry, POINT(-1.5491 53.8008), 20000) AND rank IS NOT NULL',
    )}`;
    const near = await ogrinfo(['-ro', '-al', '-q', '-geom=NO', cqlUrl]);
    const nearScores = [...near.matchAll(/^\s+score \(Real\) = ([-\d.]+)$/gm)].map((m) => Number(m[1]));
    const nearExpected = await filtered(
      server.base,
      'S_DWITHIN(geometry, POINT(-1.5491 53.8008), 20000) AND rank IS NOT NULL',
    );
    check(
      nearScores.length === nearExpected.length &&
        nearScores.length > 1 &&
        nearScores.every((v, i) => i === 0 || nearScores[i - 1]! >= v),
      `GDAL's GeoJSON driver reads a CQL2 filter's page (${nearScores.length} districts within 20 km of Leeds, highest score first)`,
      failures,
    );

    // OWSLib (Debian's python3-owslib, in Debian's own interpreter): queryables and a filtered, sorted page.
    process.stdout.write('$ /usr/bin/python3 tools/owslib-check.py <server> (OWSLib and pandas)\n');
    const owslib = JSON.parse(
      (await run('/usr/bin/python3', [path.join(projectRoot(), 'tools', 'owslib-check.py'), server.base])).stdout,
    ) as {
      queryables: string[];
      geometry: string;
      matched: number;
      codes: string[];
      scores: number[];
      keys: string[];
      csv: { codes: string[]; columns: string[]; multipolygons: number };
    };
    check(
      ['band', 'coastal', 'geometry', 'rank', 'score'].every((q) => owslib.queryables.includes(q)) &&
        owslib.geometry === 'geometry-multipolygon',
      `OWSLib reads the queryables (${owslib.queryables.join(', ')})`,
      failures,
    );
    check(
      owslib.matched === expected.length &&
        JSON.stringify([...owslib.codes].sort()) === JSON.stringify(expected) &&
        owslib.scores.every((v, i) => i === 0 || owslib.scores[i - 1]! >= v) &&
        owslib.keys.join(',') === 'code,name,score',
      `OWSLib reads the CQL2-filtered page: the same ${owslib.matched} districts, highest score first, properties ${owslib.keys.join(', ')}`,
      failures,
    );

    check(
      JSON.stringify(owslib.csv.codes) === JSON.stringify(expected) &&
        owslib.csv.multipolygons === expected.length &&
        owslib.csv.columns.includes('wkt'),
      `pandas reads the CSV of the same filter: ${owslib.csv.codes.length} rows, columns ${owslib.csv.columns.join(', ')}`,
      failures,
    );

    const hasCrsOption = (await run('ogrinfo', ['--format', 'OAPIF'])).stdout.includes('name="CRS"');
    const bng = hasCrsOption
      ? await ogrinfo(['-ro', '-so', '-oo', 'CRS=EPSG:27700', source, 'authorities'])
      : await ogrinfo([
          '-ro',
          '-so',
          '-al',
          `${server.base}/ogc/collections/authorities/items?limit=500&crs=${encodeURIComponent(EPSG_27700)}`,
        ]);
    const [minX, minY, maxX, maxY] = extentOf(bng);
    check(
      /Feature Count: 326\b/.test(bng),
      `326 features read in EPSG:27700 (${hasCrsOption ? 'OAPIF CRS open option' : 'GeoJSON driver, crs=EPSG:27700'})`,
      failures,
    );
    check(
      minX! > 80000 && maxX! < 660000 && minY! > 5000 && maxY! < 660000,
      `their extent is in British National Grid metres: (${minX}, ${minY}) - (${maxX}, ${maxY})`,
      failures,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    process.stdout.write(`gdal-check: ${failures.length} check(s) failed\n`);
    process.exit(1);
  }
  process.stdout.write('gdal-check: GDAL reads the OGC API as it should\n');
}

main().catch((err: Error) => {
  process.stderr.write(`gdal-check failed: ${err.message}\n`);
  process.exit(1);
});
