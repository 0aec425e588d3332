/** The configuration reference (docs/configuration.md) is generated from the zod schema and committed up to date. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { configSchema } from '../../src/config';
import { CONFIG_DOCS_PATH, configurationReference } from '../../src/server/config-docs';
import { ROOT } from '../support/paths';

const committed = (): string => readFileSync(path.join(ROOT, CONFIG_DOCS_PATH), 'utf8');
const rowOf = (doc: string, key: string): string | undefined =>
  doc.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));

describe('configuration reference', () => {
  it('is committed as npm run docs:config writes it now (if this fails: run it and commit docs/configuration.md)', () => {
    expect(committed()).toBe(configurationReference());
  });

  it('has a row for every variable of the schema, with its default, bounds and description', () => {
    const doc = committed();
    const keys = Object.keys(configSchema().shape);
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const description = configSchema().shape[key as keyof ReturnType<typeof configSchema>['shape']].description;
      expect(description).toBeTruthy();
      expect({ key, row: rowOf(doc, key) }).toEqual({
        key,
        row: expect.stringMatching(/^\| `[A-Z_]+` \| .+ \| .+ \| .+ \|$/),
      });
    }
    expect(rowOf(doc, 'PORT')).toMatch(/^\| `PORT` \| `4000` \| integer, 0 to 65535 \| /);
    expect(rowOf(doc, 'DATABASE_URL')).toMatch(/^\| `DATABASE_URL` \| unset \| /);
    expect(rowOf(doc, 'ADMISSION_HEAVY_SHARE')).toContain('| number, > 0 and ≤ 1 |');
    expect(rowOf(doc, 'LOG_LEVEL')).toContain('`silent`');
    // A pipe in a pattern is escaped, or it would split the table's cell.
    expect(rowOf(doc, 'PGLITE_WORK_MEM')).toContain('(kB\\|MB\\|GB)');
  });

  it('refuses a variable without a description or topic', () => {
    const schema = configSchema().extend({
      UNDOCUMENTED: z.string().optional(),
      ASTRAY: z.string().optional().meta({ topic: 'nowhere', description: 'Lost.' }),
    });
    expect(() => configurationReference(schema)).toThrow(
      /UNDOCUMENTED has no description[\s\S]*ASTRAY has an unknown topic \(nowhere\)/,
    );
  });
});
