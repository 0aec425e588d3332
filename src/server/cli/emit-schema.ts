/** `npm run schema:emit`: writes the SDL of the schema to schema/schema.graphql. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config';
import { getSchema, schemaSdl } from '../schema';

getSchema().then(
  (schema) => {
    const target = path.join(projectRoot(), 'schema', 'schema.graphql');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, schemaSdl(schema));
    process.stdout.write(`schema:emit: wrote ${target}\n`);
  },
  (err: unknown) => {
    process.stderr.write(`schema:emit failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
