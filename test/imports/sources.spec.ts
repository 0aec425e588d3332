/**
 * The committed raw sources (db/sources/) are exactly the files the loader reads, each documented
 * in its folder's SOURCES.md with the size and SHA-256 of the bytes committed, and each carrying
 * a licence and attribution in the loader's own record (which the API reports as `sources`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { RAW_SOURCES } from '../../src/imports/raw-sources';
import { ROOT } from '../support/paths';

const SOURCES_DIR = path.join(ROOT, 'db', 'sources');

/** Every file under db/sources except the documentation, as paths relative to it. */
function dataFiles(dir = SOURCES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return dataFiles(full);
    return entry.name.endsWith('.md') ? [] : [path.relative(SOURCES_DIR, full).split(path.sep).join('/')];
  });
}

/** What a folder's SOURCES.md says of one file: its `## \`name\`` section's bytes and SHA-256. */
function documented(file: string): { bytes: number | null; sha256: string | null } {
  const [folder, ...rest] = file.split('/');
  const doc = readFileSync(path.join(SOURCES_DIR, folder!, 'SOURCES.md'), 'utf8');
  const sections = doc.split(/^## /m).slice(1);
  const section = sections.find((s) => s.startsWith(`\`${rest.join('/')}\``));
  if (!section) return { bytes: null, sha256: null };
  return {
    bytes: Number(/^- Bytes: (\d+)$/m.exec(section)?.[1] ?? NaN),
    sha256: /^- SHA-256: `([0-9a-f]{64})`$/m.exec(section)?.[1] ?? null,
  };
}

describe('the committed raw sources', () => {
  const loaderFiles = Object.values(RAW_SOURCES)
    .map((s) => s.file)
    .sort();

  it('are exactly the files the loader reads, nothing more', () => {
    expect(dataFiles().sort()).toEqual(loaderFiles);
  });

  it.each(loaderFiles)('%s is documented with its size and SHA-256', (file) => {
    const bytes = readFileSync(path.join(SOURCES_DIR, file));
    expect(documented(file)).toEqual({
      bytes: statSync(path.join(SOURCES_DIR, file)).size,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('each carry a licence and an attribution', () => {
    for (const source of Object.values(RAW_SOURCES)) {
      expect(source.licence).toMatch(/Open Government Licence v3\.0/);
      expect(source.attribution.length).toBeGreaterThan(20);
    }
    // The 20 m boundaries are a CC BY 4.0 conversion: its author is credited.
    expect(RAW_SOURCES.detailedBoundaries.attribution).toContain('Martin Chorley (CC BY 4.0)');
  });
});
