import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/share/og-card';
import { loadDataset } from '@/lib/data/load';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { ogCardContent } from '@/lib/og/card';
import { loadOgFonts } from '@/lib/og/fonts';
import { OG_IMAGE_SIZE } from '@/lib/share';

// Reads the fonts with node:fs.
export const runtime = 'nodejs';

/**
 * The Open Graph / Twitter image of a view: `/og?country=KAZ&date=2020-09-20` (the page's keys;
 * `country`, `pair`, `date` and `lang` matter). The link is read like the page reads it, so bad
 * values are ignored and never reach the image.
 */
export async function GET(request: Request): Promise<Response> {
  const { view } = diagnoseLink(new URL(request.url).searchParams);
  const content = ogCardContent(loadDataset(), view);
  return new ImageResponse(<OgCard content={content} />, {
    ...OG_IMAGE_SIZE,
    fonts: await loadOgFonts(),
    headers: { 'cache-control': 'public, max-age=3600' },
  });
}
