/** A `Map` or `WeakMap`: what `cached` needs of its cache. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * `cache`'s value for `key`, built by `build` the first time it is asked for and kept. For
 * indexes of a dataset (keyed by its arrays, in a `WeakMap`, so they go with it) and for `Intl`
 * formatters (building one costs far more than using it).
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}
