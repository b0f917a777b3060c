import type { ReactNode } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';

/**
 * The floor's root layout: what bench/baseline.html has in its <head> (MapLibre's CSS, bundled as
 * a Next app bundles it; topojson-client; the same boxes), and nothing of the app's (no fonts,
 * providers or styles).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Accords Atlas bench floor</title>
        {/* Loaded as the baseline loads it: bench/baseline.js reads window.topojson. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/bench/topojson-client.min.js" />
        <style>{`
          html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
          header { height: 65px; box-sizing: border-box; padding: 12px 16px; font-weight: 600; }
          #map { position: absolute; top: 65px; left: 0; right: 26rem; bottom: 102px; }
          @media (max-width: 767.98px) {
            #map { top: 117px; right: 0; bottom: auto; height: 55dvh; }
          }
        `}</style>
      </head>
      <body>{children}</body>
    </html>
  );
}
