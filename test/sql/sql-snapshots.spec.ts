/**
 * The SQL of every named statement, checked in as test/sql/<folder>.sql so that a change to a
 * query shows in review as a diff. This test fails when a snapshot is stale or when a statement
 * in src/ has no specimen; `npm run sql:emit` writes the snapshots again.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'sql-formatter';
import { recordingDb, type RecordedStatement } from '../support/recorder';
import { ROOT } from '../support/paths';
import { snapshotFile, SPECIMENS } from './specimens';

const SNAPSHOT_DIR = path.join(ROOT, 'test', 'sql');
const WRITE = process.env.SQL_SNAPSHOTS === 'write';

/** A value as the snapshot shows it: long texts (the seed's JSON) by their length only. */
function showValue(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 1000 ? `<${v.length} characters>` : v));
}

/** The statement text laid out by sql-formatter (PostgreSQL dialect), with a final semicolon. */
function showSql(text: string): string {
  return `${format(text, { language: 'postgresql', keywordCase: 'lower', tabWidth: 2 }).trim()};`;
}

function showStatement(label: string, s: RecordedStatement): string {
  const values = s.values.map((v, i) => `-- $${i + 1} = ${showValue(v)}`);
  return [`-- ${label}: ${s.name}`, ...values, showSql(s.text)].join('\n');
}

async function snapshots(): Promise<{ files: Map<string, string>; names: Set<string> }> {
  const byArea = new Map<string, string[]>();
  const names = new Set<string>();
  for (const specimen of SPECIMENS) {
    const db = recordingDb(specimen.answers);
    await specimen.run(db);
    const entries = byArea.get(specimen.area) ?? [];
    for (const s of db.statements) {
      names.add(s.name);
      entries.push(showStatement(specimen.label, s));
    }
    byArea.set(specimen.area, entries);
  }
  const files = new Map<string, string>();
  for (const [area, entries] of byArea) {
    const header = `-- The SQL of src/${area}/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.\n`;
    files.set(snapshotFile(SNAPSHOT_DIR, area), `${header}\n${entries.join('\n\n')}\n`);
  }
  return { files, names };
}

/** Statement names issued in src/ (`db.query('name', sql.query...)`); `${...}` parts become wildcards. */
function statementNamesInSource(): RegExp[] {
  const found: RegExp[] = [];
  const call = /\.query(?:<[^()]*?>)?\(\s*(['`])([^'`]+)\1\s*,\s*sql\.query/g;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(full, 'utf8').matchAll(call)) {
          const pattern = m[2]!.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+');
          found.push(new RegExp(`^${pattern}$`));
        }
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return found;
}

describe('SQL snapshots (test/sql/*.sql)', () => {
  let recorded: Awaited<ReturnType<typeof snapshots>>;
  beforeAll(async () => {
    recorded = await snapshots();
    if (WRITE) for (const [file, text] of recorded.files) writeFileSync(file, text);
  });

  it('cover every named statement in src/', () => {
    const uncovered = statementNamesInSource().filter((pattern) => ![...recorded.names].some((name) => pattern.test(name)));
    expect(uncovered.map(String)).toEqual([]);
  });

  it('are up to date (npm run sql:emit writes them)', () => {
    const stale = [...recorded.files].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => path.relative(ROOT, file));
    const extra = readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.sql') && !recorded.files.has(path.join(SNAPSHOT_DIR, f)));
    expect({ stale, extra }).toEqual({ stale: [], extra: [] });
  });
});
