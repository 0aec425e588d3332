/**
 * Where a problem in a source is and what it is: the one location type of the seed build, the
 * seed reader and edition imports. `source` is a file (relative to the data directory) or a
 * sheet; `row` is 1-based, the header being row 1 (a GeoJSON feature's position, for boundaries).
 */
export interface SourceProblem {
  source: string;
  row: number | null;
  column: string | null;
  message: string;
}

export const describeProblem = (p: SourceProblem): string =>
  `${p.source}${p.row === null ? '' : ` row ${p.row}`}${p.column ? ` column "${p.column}"` : ''}: ${p.message}`;

/** One or more problems that stop a build, a load or an import; the message lists them all. */
export class SourceError extends Error {
  readonly problems: SourceProblem[];

  constructor(source: string, row: number | null, message: string, column?: string);
  constructor(problems: SourceProblem[]);
  constructor(...args: [string, number | null, string, string?] | [SourceProblem[]]) {
    const problems =
      typeof args[0] === 'string'
        ? [{ source: args[0], row: args[1] ?? null, message: args[2] as string, column: args[3] ?? null }]
        : args[0];
    super(problems.map(describeProblem).join('\n'));
    this.name = 'SourceError';
    this.problems = problems;
  }
}
