/**
 * The example operations: GraphiQL's tabs, the typed documents of the client package
 * (client/documents, typed by `npm run codegen` into client/src/generated.ts), and queries the
 * suite runs with the guides' (test/docs). One file per operation, in tab order; its first line,
 * a comment, is the tab's title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES_DIR = path.join(projectRoot(), 'client', 'documents');

function readExamples(): ExampleQuery[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      const [first = '', ...rest] = text.split('\n');
      if (!first.startsWith('# ')) throw new Error(`${file}: the first line must be "# <the tab's title>"`);
      return { title: first.slice(2).trim(), query: rest.join('\n').trim() };
    });
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = readExamples();
