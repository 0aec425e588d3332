/// <reference lib="dom" />
/**
 * The map page in a real browser (Chromium driven by playwright-core; support/browser.ts says
 * which): /map draws the vector tiles coloured by band, from this server alone, and a click on a
 * district shows its rank, band, neighbours and nearest hotspot (one GraphQL query) and outlines
 * its neighbours; the layer switch shows today's counties and councils coloured by the share of
 * their people living in coldspots, and a click on one shows its summary and districts; the line
 * layers (from the OGC API) draw the neighbours' borders and the lines to the nearest hotspots.
 * Colours are read off a screenshot of the page's own canvas.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { countColours, countColoursOnceDrawn, launchChromium } from '../support/browser';
import { useTestServers } from '../support/server';

const servers = useTestServers();
let base: string;
let browser: Browser;
/** The page the first test leaves, drawn and with a district selected. */
let shown: Page | undefined;

beforeAll(async () => {
  ({ base } = await servers.start());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const COLOURS = {
  hotspot: [0x1a, 0x98, 0x50],
  coldspot: [0xd7, 0x30, 0x27],
  neither: [0xf4, 0xf1, 0xd0],
  sea: [0xa9, 0xcf, 0xe8],
  neighbour: [0x2b, 0x59, 0xc3],
  border: [0x6a, 0x3d, 0x9a],
  hotspotLine: [0xff, 0x7f, 0x00],
};

/** How many pixels of the map are each colour (support/browser.ts). */
const colourCounts = (page: Page) => countColours(page, '#map', COLOURS);

/** The map's colour counts once `drawn` holds, or after 10 s (support/browser.ts). */
const countsOnceDrawn = (page: Page, drawn: (c: Record<keyof typeof COLOURS, number>) => boolean) =>
  countColoursOnceDrawn(page, '#map', COLOURS, drawn);

async function waitForIdle(page: Page, after = 0): Promise<void> {
  await page.waitForFunction((t) => Number(document.body.dataset.mapIdle ?? 0) > t, after, { timeout: 60000 });
}

describe('the map page', () => {
  it('draws England from the vector tiles, coloured by band, and shows a clicked district with its neighbours', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${base}/map`);
    await waitForIdle(page);
    const drawn = await countsOnceDrawn(page, (c) => c.hotspot > 2000 && c.coldspot > 2000);
    // Hotspots, coldspots and the rest are each a visible share of England, on a sea background.
    expect(drawn.hotspot).toBeGreaterThan(2000);
    expect(drawn.coldspot).toBeGreaterThan(2000);
    expect(drawn.neither).toBeGreaterThan(10000);
    expect(drawn.sea).toBeGreaterThan(50000);
    expect(drawn.neighbour).toBe(0);

    // Northumberland (E06000057): its centre, as the map projects it, inside the map element.
    const point = await page.evaluate(() =>
      (window as unknown as { atlasMap: { project(ll: [number, number]): { x: number; y: number } } }).atlasMap.project(
        [-2.05, 55.25],
      ),
    );
    await page.locator('#map canvas').click({ position: { x: point.x, y: point.y } });
    const heading = page.locator('#district h2');
    await heading.waitFor({ timeout: 30000 });
    expect(await heading.innerText()).toBe('Northumberland');
    const panel = await page.locator('#district').innerText();
    expect(panel).toMatch(/Rank\s+\d+/);
    expect(panel).toMatch(/Band\s+(HOTSPOT|COLDSPOT|NEITHER)/);
    expect(panel).toMatch(/Land neighbours\s+.*County Durham/);
    expect(panel).toMatch(/Nearest hotspot\s+.+\(\d+\.\d km\)/);
    // The page marks the first idle frame after it set the neighbours' outlines (an earlier idle,
    // from the selection outline, can come before the GraphQL answer).
    await page.waitForFunction(() => document.body.dataset.districtDrawn === 'E06000057', undefined, {
      timeout: 60000,
    });
    expect((await countsOnceDrawn(page, (c) => c.neighbour > 100)).neighbour).toBeGreaterThan(100);

    if (process.env.MAP_SCREENSHOT) writeFileSync(process.env.MAP_SCREENSHOT, await page.screenshot());
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    shown = page;
  });

  it('switches to the counties and councils of today, coloured by their people in coldspots, and shows a clicked one', async () => {
    // The page the first test drew and clicked (opened again if that test did not get so far).
    const page = shown ?? (await browser.newPage({ viewport: { width: 1100, height: 800 } }));
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    if (!shown) {
      await page.goto(`${base}/map`);
      await waitForIdle(page);
    }
    const project = (lon: number, lat: number) =>
      page.evaluate(
        ([x, y]) =>
          (
            window as unknown as { atlasMap: { project(ll: [number, number]): { x: number; y: number } } }
          ).atlasMap.project([x!, y!]),
        [lon, lat],
      );
    const heading = page.locator('#district h2');

    await page.selectOption('#layer', 'COUNTY');
    await page.waitForFunction(() => document.body.dataset.areasDrawn === 'COUNTY', undefined, { timeout: 60000 });
    expect(await page.locator('#legend').innerText()).toMatch(/people in coldspots: over 75%/);
    // Norfolk (5 coldspot districts of 7) lies in the middle of East Anglia.
    const norfolk = await project(1.0, 52.65);
    await page.locator('#map canvas').click({ position: norfolk });
    await page.waitForFunction(() => document.querySelector('#district h2')?.textContent === 'Norfolk', undefined, {
      timeout: 30000,
    });
    expect(await page.locator('#district').innerText()).toMatch(/Coldspots\s+5/);

    await page.selectOption('#layer', 'DISTRICT');
    await page.waitForFunction(() => document.body.dataset.areasDrawn === 'DISTRICT', undefined, { timeout: 60000 });
    const somerset = await project(-3.05, 51.1);
    await page.locator('#map canvas').click({ position: somerset });
    await page.waitForFunction(() => document.querySelector('#district h2')?.textContent === 'Somerset', undefined, {
      timeout: 30000,
    });
    expect(await page.locator('#district').innerText()).toMatch(/Districts\s+.*West Somerset \(324\)/);
    expect(await heading.getAttribute('data-code')).toBe('E06000066');
    expect(failed).toEqual([]);
    await page.close();
  });

  it("draws the OGC API's line layers: the neighbours' borders and each district's line to its nearest hotspot", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${base}/map`);
    await waitForIdle(page);
    expect((await colourCounts(page)).border).toBe(0);

    await page.check('#neighbour-lines');
    await page.waitForFunction(() => document.body.dataset.linesDrawn === 'neighbour-lines', undefined, {
      timeout: 60000,
    });
    expect((await countsOnceDrawn(page, (c) => c.border > 2000)).border).toBeGreaterThan(2000);

    await page.uncheck('#neighbour-lines');
    await page.check('#hotspot-lines');
    await page.waitForFunction(() => document.body.dataset.linesDrawn === 'hotspot-lines', undefined, {
      timeout: 60000,
    });
    const drawn = await countsOnceDrawn(page, (c) => c.hotspotLine > 1000 && c.border === 0);
    expect(drawn.hotspotLine).toBeGreaterThan(1000);
    expect(drawn.border).toBe(0);
    if (process.env.MAP_LINES_SCREENSHOT) writeFileSync(process.env.MAP_LINES_SCREENSHOT, await page.screenshot());
    expect(failed).toEqual([]);
    await page.close();
  });
});
