/**
 * DataLoader helpers. Each batch is one statement; results come back in key order with null
 * (or an empty list) for a miss. Loaders live for one request only (built in server/context.ts).
 */
import DataLoader from 'dataloader';

/** A loader for rows that have at most one match per key. */
export function oneToOne<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  rowKey: (row: R) => string,
  key: (k: K) => string = String,
): DataLoader<K, R | null, string> {
  return new DataLoader<K, R | null, string>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map(rows.map((r) => [rowKey(r), r]));
      return keys.map((k) => byKey.get(key(k)) ?? null);
    },
    { cacheKeyFn: key, maxBatchSize: 5000 },
  );
}

/** A loader for rows that have any number of matches per key (kept in the fetched order). */
export function oneToMany<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  rowKey: (row: R) => string,
  key: (k: K) => string = String,
): DataLoader<K, R[], string> {
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<string, R[]>();
      for (const r of rows) {
        const k = rowKey(r);
        const list = byKey.get(k);
        if (list) list.push(r);
        else byKey.set(k, [r]);
      }
      return keys.map((k) => byKey.get(key(k)) ?? []);
    },
    { cacheKeyFn: key, maxBatchSize: 5000 },
  );
}

/** One loader per distinct argument set, e.g. boundaries simplified to 500 m vs not at all. */
export function perArgs<A, L>(
  make: (args: A) => L,
  keyOf: (args: A) => string = (args) => JSON.stringify(args),
): { for(args: A): L } {
  const loaders = new Map<string, L>();
  return {
    for(args: A): L {
      const key = keyOf(args);
      let loader = loaders.get(key);
      if (!loader) {
        loader = make(args);
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}

/** A value fetched at most once per request, on first use; `peek()` gives it once it has arrived. */
export function once<T>(fetch: () => Promise<T>): (() => Promise<T>) & { peek(): T | undefined } {
  let value: Promise<T> | undefined;
  let arrived: T | undefined;
  const get = (): Promise<T> =>
    (value ??= fetch().then((v) => {
      arrived = v;
      return v;
    }));
  return Object.assign(get, { peek: () => arrived });
}

/**
 * An object whose members are each made on first use: a request builds only the loaders it
 * touches (most touch two or three domains of the seven).
 */
export function lazyMembers<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(factories) as (keyof T)[]) {
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      get(): T[keyof T] {
        const value = factories[key]();
        Object.defineProperty(target, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return target;
}

/**
 * A loader by code whose rows are also kept across requests in a process-wide byte cache (the
 * geometry cache): keys from `keyOf` carry the data version and the output options, so PostGIS
 * makes each geometry once per version. Only the codes not in the cache are fetched.
 */
export function cachedByCode<R extends { code: string }>(
  cache: { get(key: string): R | undefined; set(key: string, value: R): void },
  keyOf: (code: string) => string,
  fetch: (codes: readonly string[]) => Promise<R[]>,
): DataLoader<string, R | null, string> {
  return oneToOne(
    async (codes: readonly string[]) => {
      const cached = codes.map((code) => cache.get(keyOf(code))).filter((row): row is R => row !== undefined);
      const missing = codes.filter((code) => !cached.some((row) => row.code === code));
      const fetched = missing.length > 0 ? await fetch(missing) : [];
      for (const row of fetched) cache.set(keyOf(row.code), row);
      return [...cached, ...fetched];
    },
    (r) => r.code,
  );
}
