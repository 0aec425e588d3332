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
import { chromium, type Browser } from 'playwright-core';
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
