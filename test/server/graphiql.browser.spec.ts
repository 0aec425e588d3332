/**
 * GraphiQL in a real browser: Debian's Chromium, driven by playwright-core, opens /graphql,
 * runs a query and shows the result. Everything it loads comes from this server.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Db } from '../../src/db/db';
import { createServer, type AtlasServer } from '../../src/server/http';
import { openTestDb, testLog } from '../support/db';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let db: Db;
let server: AtlasServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`);
  db = await openTestDb();
  server = await createServer({ db, log: testLog, graphiql: true, introspection: true, shutdownGraceMs: 1000 });
  const address = await server.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
    await expect(page.locator('.graphiql-query-editor').first().innerText()).resolves.toContain('authority(code: "E09000033")');
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
