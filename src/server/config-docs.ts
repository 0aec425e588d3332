/**
 * The configuration reference, docs/configuration.md, written from the zod schema in config.ts so
 * it cannot drift from it: each variable's default (what an empty environment gives), the values
 * it takes (from the schema's JSON Schema as the environment gives it: zod's toJSONSchema with
 * io 'input') and its description and topic (its .meta in config.ts), grouped by topic.
 * `npm run docs:config` writes it (cli/config-docs.ts); `-- --check` in CI and
 * test/config-docs.spec.ts fail when the committed file differs.
 */
import { z } from 'zod';
import { configSchema, type ConfigTopic } from '../config';

/** Where the reference is written, relative to the repository root. */
export const CONFIG_DOCS_PATH = 'docs/configuration.md';

/** The sections of the reference, in order. */
const TOPICS: Record<ConfigTopic, string> = {
  server: 'Server and HTTP',
  database: 'Database (PostgreSQL)',
  embedded: 'Embedded database (PGlite)',
  data: 'Data and seed',
  limits: 'Query limits',
  admission: 'Admission control',
  caches: 'Caches',
  sharedCache: 'Shared cache (Redis)',
  observability: 'Logging and metrics',
};

/** What the reference reads of one variable's JSON Schema. */
interface Property {
  type?: string;
  description?: string;
  topic?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
}

const INTRO = `# Configuration reference

All configuration is by environment variable. \`src/config.ts\` reads the environment once, at
start, and parses it with zod into a frozen, typed configuration; an empty variable counts as
unset, and relative paths are resolved against the repository root. A bad value stops the server
before it opens anything (exit code 2), with every bad variable listed, the form it expects and
the value it got.

One more variable is read apart, since the embedded database needs it before (and without) the
server's configuration: \`ATLAS_CACHE_DIR\`, where the trimmed PostGIS bundle of the embedded
database is written once (default \`node_modules/.cache/mobility-atlas\`; \`cacheDir()\` in
\`src/config.ts\`).
`;

const OUTRO = `---

Generated from the zod schema in \`src/config.ts\` by \`npm run docs:config\`; do not edit it by
hand. CI (\`npm run docs:config -- --check\` in \`.ci/run\`) and \`test/config-docs.spec.ts\` fail
when this file differs from the schema.
`;

/** The Markdown of the reference for a configuration schema (config.ts's by default). */
export function configurationReference(schema: z.ZodObject = configSchema()): string {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, Property> };
  const properties = json.properties ?? {};
  const defaults = schema.parse({}) as Record<string, unknown>;
  const keys = Object.keys(schema.shape);
  const problems: string[] = [];
  const rows = new Map<ConfigTopic, string[]>(Object.keys(TOPICS).map((t) => [t as ConfigTopic, []]));
  for (const key of keys) {
    const p = properties[key] ?? {};
    const topic = rows.get(p.topic as ConfigTopic);
    if (!p.description?.trim()) problems.push(`${key} has no description`);
    if (!topic)
      problems.push(`${key} has ${p.topic === undefined ? 'no topic' : `an unknown topic (${String(p.topic)})`}`);
    if (!p.description?.trim() || !topic) continue;
    const value = defaults[key];
    topic.push(
      `| ${cell(code(key))} | ${cell(value === undefined ? 'unset' : code(String(value)))} | ${cell(allowed(p))} | ${cell(prose(p.description.trim(), keys))} |`,
    );
  }
  if (problems.length > 0) {
    throw new Error(
      `The configuration reference needs a topic and a description for every variable (.meta(about(topic, '…')) in src/config.ts):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const sections = [...rows]
    .filter(([, r]) => r.length > 0)
    .map(([topic, r]) =>
      [
        `## ${TOPICS[topic]}`,
        '',
        '| variable | default | allowed values | description |',
        '|---|---|---|---|',
        ...r,
        '',
      ].join('\n'),
    );
  return [INTRO, ...sections, OUTRO].join('\n');
}

/** The values a variable takes, from its JSON Schema. */
function allowed(p: Property): string {
  if (p.enum) return p.enum.map((v) => code(String(v))).join(', ');
  if (p.type === 'integer' || p.type === 'number') {
    const kind = p.type === 'integer' ? 'integer' : 'number';
    if (p.minimum !== undefined && p.maximum !== undefined) return `${kind}, ${p.minimum} to ${p.maximum}`;
    const bounds = [
      p.minimum !== undefined ? `≥ ${p.minimum}` : '',
      p.exclusiveMinimum !== undefined ? `> ${p.exclusiveMinimum}` : '',
      p.maximum !== undefined ? `≤ ${p.maximum}` : '',
      p.exclusiveMaximum !== undefined ? `< ${p.exclusiveMaximum}` : '',
    ].filter(Boolean);
    return bounds.length > 0 ? `${kind}, ${bounds.join(' and ')}` : kind;
  }
  if (p.pattern) return `string matching ${code(p.pattern)}`;
  if (p.minLength !== undefined && p.maxLength !== undefined)
    return `string of ${p.minLength} to ${p.maxLength} characters`;
  if (p.minLength === 1) return 'non-empty string';
  if (p.minLength !== undefined) return `string of at least ${p.minLength} characters`;
  return p.type ?? 'any';
}

/** A description as Markdown: the variables it names as code, emphasis characters escaped. */
function prose(text: string, keys: readonly string[]): string {
  const names = new Set(keys);
  return text
    .replace(/\*/g, '\\*')
    .replace(/\b[A-Z][A-Z0-9_]*[A-Z0-9]\b/g, (word) => (names.has(word) ? code(word) : word));
}

/** A code span (a double one around text that has a backtick). */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A table cell: a pipe, even in a code span, would end the cell. */
function cell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}
