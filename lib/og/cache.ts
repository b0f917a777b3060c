/**
 * The preview images drawn so far, by their canonical path. Drawing one costs several times an
 * API answer (layout and PNG encoding), and a build's images never change, so each is drawn once
 * per server process; the least recently used is dropped beyond `limit` (about 45 KB each).
 */
/** An image changes only with a new build (new dataset or code): a day fresh, a week stale. */
export const OG_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

export interface ImageCache {
  /** The image under `key`, drawn by `draw` only when it is not cached. */
  get(key: string, draw: () => Promise<ArrayBuffer>): Promise<ArrayBuffer>;
  readonly size: number;
}

export function createImageCache(limit: number): ImageCache {
  const images = new Map<string, Promise<ArrayBuffer>>();
  return {
    get(key, draw) {
      let image = images.get(key);
      if (image) {
        // Map keeps insertion order: re-inserting marks the entry most recently used.
        images.delete(key);
      } else {
        // Concurrent requests for one image share one drawing; a failed one is not kept.
        image = draw().catch((error: unknown) => {
          images.delete(key);
          throw error;
        });
      }
      images.set(key, image);
      for (const oldest of images.keys()) {
        if (images.size <= limit) break;
        images.delete(oldest);
      }
      return image;
    },
    get size() {
      return images.size;
    },
  };
}
