/// <reference lib="dom" />
/**
 * The Chromium the browser tests drive with playwright-core: CHROMIUM_PATH when it is set, else
 * Debian's /usr/bin/chromium when it is installed, else the one the project's own `npm ci`
 * installs (@sparticuz/chromium, unpacked once per version into the system temp folder). Nothing
 * is downloaded, so the tests run on a fresh clone with only Node.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './paths';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless run on a closed network: no background connections, WebGL in software. */
const ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** The Chromium inside the @sparticuz/chromium package, unpacked (once per version) if need be. */
export function bundledChromium(): string {
  const pkg = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8'),
  ) as { version: string };
  const folder = path.join(tmpdir(), `mobility-atlas-chromium-${pkg.version}`);
  return execFileSync(process.execPath, [path.join(ROOT, 'test', 'support', 'bundled-chromium.mjs'), folder], {
    encoding: 'utf8',
  });
}

/** Which executable the tests use, and why. */
export function chromiumExecutable(): { path: string; from: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium' } {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist`);
    return { path: configured, from: 'CHROMIUM_PATH' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, from: 'debian' };
  return { path: bundledChromium(), from: '@sparticuz/chromium' };
}

export function launchChromium(executablePath = chromiumExecutable().path): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}

/**
 * How many pixels of the element at `selector` are (within 10 per channel) each of `colours`,
 * read off a screenshot of it in the page itself.
 */
export async function countColours<K extends string>(
  page: Page,
  selector: string,
  colours: Record<K, readonly number[]>,
): Promise<Record<K, number>> {
  const png = (await page.locator(selector).screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const [name, [r, g, b]] of Object.entries(colours as Record<string, number[]>)) {
          if (Math.abs(data[i]! - r!) <= 10 && Math.abs(data[i + 1]! - g!) <= 10 && Math.abs(data[i + 2]! - b!) <= 10)
            counts[name]! += 1;
        }
      }
      return counts as Record<K, number>;
    },
    { png, colours: colours as Record<string, readonly number[]> },
  ) as Promise<Record<K, number>>;
}

/**
 * The colour counts once `drawn` holds, or the last counts after 10 s. MapLibre's idle event comes
 * with the frame it drew, and a screenshot taken at once can still show the frame before it.
 */
export async function countColoursOnceDrawn<K extends string>(
  page: Page,
  selector: string,
  colours: Record<K, readonly number[]>,
  drawn: (c: Record<K, number>) => boolean,
): Promise<Record<K, number>> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const counts = await countColours(page, selector, colours);
    if (drawn(counts) || Date.now() > deadline) return counts;
    await new Promise((r) => setTimeout(r, 200));
  }
}
