/**
 * GraphiQL in a real browser (Chromium driven by playwright-core; see support/browser.ts for
 * which one) opens /graphql, runs a query and shows the result. Everything it loads comes from
 * this server.
 */
import { testConfig } from '../../support/config';
import type { Browser } from 'playwright-core';
import type { Db } from '../../../src/db/db';
import { createServer, type AtlasServer } from '../../../src/server/http';
import { bundledChromium, launchChromium } from '../../support/browser';
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
