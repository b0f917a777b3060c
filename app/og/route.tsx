import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/share/og-card';
import { loadDataset } from '@/lib/data/load';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { linkScope } from '@/lib/search-params';
import { createImageCache, OG_CACHE_CONTROL } from '@/lib/og/cache';
import { ogCardContent } from '@/lib/og/card';
import { loadOgFonts } from '@/lib/og/fonts';
import { OG_IMAGE_SIZE, ogImagePath } from '@/lib/share';

// Reads the fonts with node:fs.
export const runtime = 'nodejs';

const images = createImageCache(200);

/**
 * The Open Graph / Twitter image of a view: `/og?country=KAZ&date=2020-09-20` (the page's keys;
 * `country`, `pair`, `date` and `lang` matter). The link is read like the page reads it, so bad
 * values are ignored and never reach the image. Any other query (other keys, unknown keys, another
 * order or case) is redirected to the view's canonical one, so that caches hold one image per
 * view; the server draws each image once.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { view } = diagnoseLink(url.searchParams, linkScope(loadDataset()));
  const canonical = ogImagePath(view);
  // Compared as parameters, not text: clients may percent-encode `~` and other characters.
  if (url.searchParams.toString() !== new URL(canonical, url).searchParams.toString()) {
    return new Response(null, {
      status: 308,
      headers: { Location: canonical, 'Cache-Control': OG_CACHE_CONTROL },
    });
  }
  const png = await images.get(canonical, async () => {
    const content = ogCardContent(loadDataset(), view);
    const image = new ImageResponse(<OgCard content={content} />, {
      ...OG_IMAGE_SIZE,
      fonts: await loadOgFonts(),
    });
    return image.arrayBuffer();
  });
  return new Response(png, {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': OG_CACHE_CONTROL },
  });
}
