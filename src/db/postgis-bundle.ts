/**
 * PostGIS for the embedded database, trimmed to what Mobility Atlas uses.
 *
 * `@electric-sql/pglite-postgis` ships one 19 MB tarball (90 MB unpacked) with three extension
 * libraries: postgis, postgis_raster and postgis_topology, plus every upgrade script. PGlite
 * unpacks the whole tarball into its in-memory file system and compiles every library in it at
 * start, whether or not a database uses it. We use `postgis` only. So, once per installed
 * package, we write a copy of the tarball that holds the postgis library, its install script and
 * control file and the PROJ data it reprojects with, and hand PGlite that copy. Measured on the
 * 2-core machine: PGlite opens in 1.1 s instead of 2.7 s and holds about 320 MB less RSS.
 *
 * The copy lives in the package cache directory (node_modules/.cache/mobility-atlas by default),
 * keyed by the original tarball's size and modification time; it is written to a temporary file
 * and renamed, so two processes building it at once cannot read a half-written one. When the copy
 * cannot be written (a read-only install), the system's temporary directory is tried, then the
 * full tarball is used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Extension } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import * as tar from 'tar';
import { cacheDir } from '../config';

/** What the trimmed bundle keeps: the postgis library, its control file and PROJ's data. */
const RUNTIME = [
  /^lib\/postgresql\/postgis-3\.so$/,
  /^share\/proj(\/|$)/,
  /^share\/postgresql\/extension\/postgis\.control$/,
];
/** ...and, for a database that has yet to `create extension postgis`, its install script (7.5 MB). */
const INSTALL = [/^share\/postgresql\/extension\/postgis--\d+\.\d+\.\d+\.sql$/];

export type BundleKind = 'install' | 'runtime';

const keeper = (kind: BundleKind) => {
  const keep = kind === 'install' ? [...RUNTIME, ...INSTALL] : RUNTIME;
  return (entry: string): boolean => {
    const name = entry.replace(/^\.\//, '');
    // Directories on the way to a kept file are kept too (PGlite creates them from their entries).
    if (name.endsWith('/'))
      return (
        keep.some((re) => re.test(name)) ||
        ['lib/', 'lib/postgresql/', 'share/', 'share/postgresql/', 'share/postgresql/extension/'].includes(name)
      );
    return keep.some((re) => re.test(name));
  };
};

export function defaultCacheDir(): string {
  return cacheDir();
}

/** Writes the trimmed copy of `full` unless it is there already; returns its path. */
export async function trimmedPostgisBundle(
  full: string,
  kind: BundleKind,
  cacheDir = defaultCacheDir(),
): Promise<string> {
  const st = statSync(full);
  const id = createHash('sha256')
    .update(`${full}\0${st.size}\0${st.mtimeMs}\0${[...RUNTIME, ...INSTALL].map(String).join('\0')}`)
    .digest('hex')
    .slice(0, 16);
  const target = path.join(cacheDir, `postgis-${kind}-${id}.tar.gz`);
  if (existsSync(target)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(path.join(cacheDir, 'postgis-build-'));
  try {
    const tree = path.join(work, 'tree');
    mkdirSync(tree);
    const keep = keeper(kind);
    await tar.x({ file: full, cwd: tree, filter: (p) => keep(p) });
    const partial = path.join(work, 'bundle.tar.gz');
    await tar.c({ file: partial, cwd: tree, gzip: { level: 1 }, portable: true }, ['lib', 'share']);
    renameSync(partial, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The PostGIS extension for PGlite.create, with the trimmed bundle: 'runtime' for a database
 * that has PostGIS already (a data directory or a dump), 'install' for a new one. `onFallback`
 * hears why the full bundle is used instead (the server logs it as a warning).
 */
export function trimmedPostgis(kind: BundleKind, onFallback?: (reason: string) => void): Extension {
  return {
    name: 'postgis',
    async setup(pg, emscriptenOpts) {
      const original = await postgis.setup(pg, emscriptenOpts);
      const bundle = original.bundlePath;
      if (!bundle || bundle.protocol !== 'file:') return original;
      const full = fileURLToPath(bundle);
      for (const dir of [defaultCacheDir(), path.join(os.tmpdir(), 'mobility-atlas-cache')]) {
        try {
          return {
            ...original,
            bundlePath: pathToFileURL(await trimmedPostgisBundle(full, kind, dir)),
            emscriptenOpts: withLeanLibraryLoad(emscriptenOpts),
          };
        } catch (err) {
          onFallback?.(`cannot write the trimmed PostGIS bundle in ${dir} (${(err as Error).message})`);
        }
      }
      return original;
    },
  };
}

interface PreloadPlugin {
  canHandle(name: string): boolean;
  handle(bytes: Uint8Array, name: string, onload: (bytes: Uint8Array) => void, onerror: () => void): void;
}

/**
 * Emscripten options whose preload step keeps no copy of a library's bytes once it is compiled.
 *
 * PGlite compiles each extension library at start (Emscripten's preload plugin for `.so` files),
 * then writes the same bytes into its in-memory file system, while a closure made during
 * instantiation keeps a third reference to them: two idle 16 MB copies of postgis-3.so beside the
 * one WebAssembly keeps to compile from (measured in a heap snapshot). This plugin runs first and
 * hands the library to Emscripten's own plugin, unchanged; when that has compiled it, the file is
 * created empty (it must exist for `dlopen`, which then takes the compiled library PGlite keeps
 * by path and never reads the file), and the bytes' buffer is detached, which frees it.
 */
function withLeanLibraryLoad(emscriptenOpts: Record<string, unknown>): Record<string, unknown> {
  const plugins: PreloadPlugin[] = [...((emscriptenOpts.preloadPlugins as PreloadPlugin[] | undefined) ?? [])];
  const lean: PreloadPlugin = {
    canHandle: (name) => name.endsWith('.so') && plugins.some((p) => p !== lean && p.canHandle(name)),
    handle(bytes, name, onload, onerror) {
      // Emscripten appends its own wasm plugin to this array when the module starts.
      const wasm = plugins.find((p) => p !== lean && p.canHandle(name))!;
      wasm.handle(
        bytes,
        name,
        () => {
          onload(new Uint8Array(0));
          if (bytes.buffer instanceof ArrayBuffer) structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
        },
        onerror,
      );
    },
  };
  plugins.unshift(lean);
  return { ...emscriptenOpts, preloadPlugins: plugins };
}
