/**
 * The document cache (common/document-cache.ts): what a request works out from its document is
 * made once per AST node, variables and data version, kept for its time to live, and never kept
 * when making it failed.
 */
import { DocumentCache, MAX_KEY_LENGTH } from '../../src/common/document-cache';

describe('the document cache', () => {
  it('makes an entry once per node and key, and again for another node, key or data version', async () => {
    const cache = new DocumentCache(60000);
    const made: string[] = [];
    const make = (what: string) => () => {
      made.push(what);
      return Promise.resolve(what);
    };
    const node = {};
    const other = {};
    const v1 = cache.forVersion(1);
    expect(await v1.get(node, '{}', make('a'))).toBe('a');
    expect(await v1.get(node, '{}', make('again'))).toBe('a');
    expect(await v1.get(node, '{"x":1}', make('b'))).toBe('b');
    expect(await v1.get(other, '{}', make('c'))).toBe('c');
    expect(await cache.forVersion(2).get(node, '{}', make('d'))).toBe('d');
    expect(made).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps nothing with a time to live of 0', async () => {
    const cache = new DocumentCache(0);
    let made = 0;
    const node = {};
    for (let i = 0; i < 3; i += 1) await cache.get(node, 'k', () => Promise.resolve((made += 1)));
    expect(made).toBe(3);
  });

  it('keeps at most perNode entries per node, dropping the oldest', async () => {
    const cache = new DocumentCache(60000, 2);
    const node = {};
    let made = 0;
    const get = (key: string) => cache.get(node, key, () => Promise.resolve((made += 1)));
    await get('a');
    await get('b');
    await get('c');
    expect(made).toBe(3);
    await get('c');
    await get('b');
    expect(made).toBe(3);
    await get('a');
    expect(made).toBe(4);
  });

  it('keeps nothing for a key longer than MAX_KEY_LENGTH (large variables)', async () => {
    const cache = new DocumentCache(60000);
    const node = {};
    let made = 0;
    const long = JSON.stringify({ g: 'x'.repeat(MAX_KEY_LENGTH) });
    for (let i = 0; i < 2; i += 1) await cache.get(node, long, () => Promise.resolve((made += 1)));
    expect(made).toBe(2);
    const short = JSON.stringify({ g: 'x'.repeat(100) });
    for (let i = 0; i < 2; i += 1) await cache.get(node, short, () => Promise.resolve((made += 1)));
    expect(made).toBe(3);
  });

  it('makes an entry again after a failure', async () => {
    const cache = new DocumentCache(60000);
    const node = {};
    await expect(cache.get(node, 'k', () => Promise.reject(new Error('no database')))).rejects.toThrow('no database');
    await expect(cache.get(node, 'k', () => Promise.resolve('made'))).resolves.toBe('made');
  });
});
