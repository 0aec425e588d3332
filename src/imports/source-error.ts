/** A problem in a raw source or seed file, located by file, row and (where known) column. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly problem: string,
    readonly column?: string,
  ) {
    super(`${file}${row === null ? '' : ` row ${row}`}${column ? ` column "${column}"` : ''}: ${problem}`);
    this.name = 'SourceError';
  }
}
