/// <reference lib="dom" />
/**
 * GraphiQL in a real browser (Chromium driven by playwright-core; see support/browser.ts for
 * which one) opens /graphql, runs a query and shows the result; its Explorer composes a query by
 * ticking fields; its map pane draws a result's GeoJSON beside it (colours read off a screenshot
 * of the pane's canvas). Everything it loads comes from this server.
 */
import { writeFileSync } from 'node:fs';
import { testConfig } from '../../support/config';
import type { Browser, Page } from 'playwright-core';
import type { Db } from '../../../src/db/db';
import { createServer, type AtlasServer } from '../../../src/server/http';
import { bundledChromium, countColoursOnceDrawn, launchChromium } from '../../support/browser';
import { openTestDb, testLog } from '../../support/db';

let db: Db;
let server: AtlasServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  db = await openTestDb();
  server = await createServer({
    db,
    log: testLog,
    config: testConfig({ graphiql: true, introspection: true, shutdownGraceMs: 1000 }),
  });
  const address = await server.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

describe('GraphiQL in a browser', () => {
  it('opens with the example queries, runs one and shows real data', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 30000 });
    // The first example tab is preloaded: Westminster by code.
    await expect(page.locator('.graphiql-query-editor').first().innerText()).resolves.toContain(
      'authority(code: "E09000033")',
    );
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('"Westminster"').waitFor({ timeout: 30000 });
    const text = await result.innerText();
    expect(text).toContain('"HOTSPOT"');
    expect(text).toMatch(/"rank":\s*1/);
    expect(outside).toEqual([]);
    // The other examples open as tabs.
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});

/** GraphiQL opened at /graphql, its editor ready, with page errors collected. */
async function openGraphiql(errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/graphql`);
  await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 30000 });
  return page;
}

/**
 * Puts `query` (a named operation) in the open tab's editor, runs it and waits until the map pane
 * has shown the result. GraphiQL takes in an edit a moment later (its tab takes the operation's
 * name then); running before that would send the previous operation's name.
 */
async function run(page: Page, query?: string): Promise<void> {
  if (query !== undefined) {
    await page.evaluate((q) => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as {
        CodeMirror: { setValue(v: string): void };
      };
      editor.CodeMirror.setValue(q);
    }, query);
    const name = /^query (\w+)/.exec(query)![1]!;
    await page.locator('.graphiql-tab-active', { hasText: name }).waitFor({ timeout: 10000 });
  }
  await page.evaluate(() => {
    delete document.body.dataset.resultFeatures;
    delete document.body.dataset.resultDrawn;
  });
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => document.body.dataset.resultDrawn !== undefined, undefined, { timeout: 60000 });
  expect(await page.locator('.result-window').innerText()).not.toContain('"errors"');
}

const PANE_COLOURS = {
  outline: [0x2b, 0x59, 0xc3],
  // The fill, #2b59c3 at 35 % over the land's #eeeeee.
  fill: [0xaa, 0xba, 0xdf],
  point: [0xd7, 0x30, 0x27],
};

/** Pixels of the map pane in each colour, once `drawn` holds or after 10 s (support/browser.ts). */
const paneColours = (page: Page, drawn: (c: Record<keyof typeof PANE_COLOURS, number>) => boolean) =>
  countColoursOnceDrawn(page, '#map-pane .map', PANE_COLOURS, drawn);

/** The GraphQL answer to `query`, asked over HTTP (to compare the page with). */
async function answer(query: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: Record<string, unknown> };
  return body.data;
}

describe('the Explorer', () => {
  it('is open beside the editor and adds a field to the query when it is ticked', async () => {
    const errors: string[] = [];
    const page = await openGraphiql(errors);
    const explorer = page.locator('.graphiql-plugin');
    await explorer.getByText('Explorer').first().waitFor({ timeout: 30000 });
    const editor = page.locator('.graphiql-query-editor').first();
    expect(await editor.innerText()).not.toContain('areaKm2');
    // The first tab asks for Westminster's authority(code:); the Explorer shows its fields unfolded.
    await explorer.getByText('areaKm2', { exact: true }).first().click();
    await page.waitForFunction(
      () => document.querySelector('.graphiql-query-editor')?.textContent?.includes('areaKm2'),
      undefined,
      { timeout: 10000 },
    );
    await run(page);
    const result = await page.locator('.result-window').innerText();
    const expected = (await answer('{ authority(code: "E09000033") { areaKm2 } }')) as {
      authority: { areaKm2: number };
    };
    expect(result).toMatch(new RegExp(`"areaKm2":\\s*${expected.authority.areaKm2}`));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('tabs', () => {
  it("runs a tab's own operation even when run the moment the tab opens", async () => {
    const errors: string[] = [];
    const page = await openGraphiql(errors);
    // GraphiQL takes in a tab switch a moment later; the page's fetcher sends the tab's operation.
    await page.locator('.graphiql-tab', { hasText: 'Boundary' }).click();
    await page.evaluate(() => {
      delete document.body.dataset.resultDrawn;
    });
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.body.dataset.resultDrawn !== undefined, undefined, { timeout: 60000 });
    const result = await page.locator('.result-window').innerText();
    expect(result).not.toContain('"errors"');
    expect(result).toContain('"E06000009"');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the map pane', () => {
  it("draws a result's boundary and centroid beside it, and says what a clicked feature is", async () => {
    const errors: string[] = [];
    const page = await openGraphiql(errors);
    const pane = page.locator('#map-pane');
    // A result with no GeoJSON leaves the pane hidden.
    await run(page);
    expect(await page.evaluate(() => document.body.dataset.resultFeatures)).toBe('0');
    expect(await pane.isHidden()).toBe(true);

    // Blackpool's boundary and centroid: one polygon and one point.
    await run(
      page,
      'query BlackpoolOnMap { authority(name: "Blackpool") { code centroid boundary(simplifyMetres: 100) } }',
    );
    expect(await pane.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.resultFeatures)).toBe('2');
    expect(await pane.locator('.map-status').innerText()).toBe('2 features drawn');
    const drawn = await paneColours(page, (c) => c.fill > 2000 && c.outline > 200 && c.point > 10);
    expect(drawn.fill).toBeGreaterThan(2000);
    expect(drawn.outline).toBeGreaterThan(200);
    expect(drawn.point).toBeGreaterThan(10);

    // A click on the centroid names the district and where the point is in the result.
    const { authority } = (await answer('{ authority(name: "Blackpool") { centroid } }')) as {
      authority: { centroid: { coordinates: [number, number] } };
    };
    const at = await page.evaluate(
      (ll) =>
        (
          window as unknown as { atlasResultMap: { project(ll: [number, number]): { x: number; y: number } } }
        ).atlasResultMap.project(ll),
      authority.centroid.coordinates,
    );
    await page.locator('#map-pane .map canvas').click({ position: { x: at.x, y: at.y } });
    const popup = page.locator('.maplibregl-popup-content');
    await popup.waitFor({ timeout: 10000 });
    expect(await popup.innerText()).toMatch(/E06000009\s+authority\.centroid/);

    // Geometry in British National Grid cannot be drawn on a longitude/latitude map: it is counted.
    await run(page, 'query BlackpoolInBng { authority(name: "Blackpool") { boundary(crs: BNG) } }');
    expect(await pane.locator('.map-status').innerText()).toBe(
      '0 features drawn; 1 in British National Grid not drawn (ask for WGS84 to see them)',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every feature of the example tab's featureCollection", async () => {
    const errors: string[] = [];
    const page = await openGraphiql(errors);
    await page.locator('.graphiql-tab', { hasText: 'CoastalColdspotsMap' }).click();
    await page.waitForFunction(
      () => document.querySelector('.graphiql-query-editor')?.textContent?.includes('CoastalColdspotsMap'),
      undefined,
      { timeout: 10000 },
    );
    await run(page);
    const { authorities } = (await answer(
      '{ authorities(filter: { coastal: true, band: COLDSPOT }) { totalCount } }',
    )) as {
      authorities: { totalCount: number };
    };
    expect(authorities.totalCount).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.body.dataset.resultFeatures)).toBe(String(authorities.totalCount));
    const drawn = await paneColours(page, (c) => c.fill > 2000);
    expect(drawn.fill).toBeGreaterThan(2000);
    if (process.env.GRAPHIQL_SCREENSHOT) writeFileSync(process.env.GRAPHIQL_SCREENSHOT, await page.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Chromium that npm ci installs', () => {
  it('launches from the npm package alone and renders WebGL, so a clone needs no system browser', async () => {
    const own = await launchChromium(bundledChromium());
    try {
      const page = await own.newPage();
      await page.goto(`${base}/healthz`);
      // Evaluated in the page (a string: the test's TypeScript has no DOM types).
      const webgl = await page.evaluate(`(() => {
        const gl = document.createElement('canvas').getContext('webgl');
        return gl ? String(gl.getParameter(gl.VERSION)) : null;
      })()`);
      expect(webgl).toMatch(/^WebGL 1\.0/);
    } finally {
      await own.close();
    }
  });
});
