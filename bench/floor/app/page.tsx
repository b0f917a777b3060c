import { FloorMap } from './floor-map';

// The baseline's configuration (bench/assets.ts, baselineConfig) is given by the bench when it
// starts the server, so the page reads it per request.
export const dynamic = 'force-dynamic';

export default function FloorPage() {
  return (
    <>
      <header>Accords Atlas: Next floor</header>
      <FloorMap />
      <script
        type="application/json"
        id="bench-config"
        dangerouslySetInnerHTML={{ __html: process.env.BENCH_FLOOR_CONFIG ?? '{}' }}
      />
    </>
  );
}
