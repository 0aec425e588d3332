// Unpacks the Chromium that @sparticuz/chromium ships inside its npm package (brotli archives of
// the headless shell, its fonts and SwiftShader for WebGL) into the folder given as the first
// argument, and prints the executable's path. The package unpacks into os.tmpdir(), so it runs
// with TMPDIR pointing at a private staging folder that is renamed into place when complete:
// an interrupted or concurrent unpack never leaves a half-written browser behind.
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const target = process.argv[2];
if (!target) throw new Error('usage: node bundled-chromium.mjs <folder>');
const executable = path.join(target, 'chromium');
if (!existsSync(executable)) {
  const staging = mkdtempSync(`${target}.partial-`);
  process.env.TMPDIR = staging;
  const { default: chromium } = await import('@sparticuz/chromium');
  await chromium.executablePath();
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process finished first: keep its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(executable)) throw error;
  }
}
process.stdout.write(executable);
