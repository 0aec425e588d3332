/**
 * Cursor pagination shared by connections. Cursors are opaque to clients; they encode a position
 * in the ordered result, which is stable because the data changes only on import.
 */
import { Field, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

const PREFIX = 'atlas:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset after the cursor's row; null cursor = start. Malformed cursors are user errors. */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^atlas:(\d{1,9})$/.exec(text);
  if (!match) {
    throw new BadUserInputError(
      'after',
      `after must be a cursor returned by this API (an edge's cursor or pageInfo.endCursor); got ${JSON.stringify(cursor.slice(0, 60))}`,
    );
  }
  return Number(match[1]) + 1;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in the full, ordered result.' })
export class PageInfo {
  @Field({ description: 'True when more results follow this page (pass endCursor as `after`).' })
  hasNextPage!: boolean;

  @Field({ description: 'True when results precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first result on this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last result on this page; null when the page is empty.',
  })
  endCursor!: string | null;
}

export interface Page<T> {
  items: readonly T[];
  offset: number;
  hasNextPage: boolean;
}

export function pageInfo<T>(page: Page<T>): PageInfo {
  return pageInfoOf(page.offset, page.items.length, page.hasNextPage);
}

/** The PageInfo of `count` results from `offset`. */
export function pageInfoOf(offset: number, count: number, hasNextPage: boolean): PageInfo {
  const empty = count === 0;
  return {
    hasNextPage,
    hasPreviousPage: offset > 0,
    startCursor: empty ? null : encodeCursor(offset),
    endCursor: empty ? null : encodeCursor(offset + count - 1),
  };
}
