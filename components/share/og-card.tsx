import type { CSSProperties } from 'react';
import type { OgCardContent, OgLine, OgSwatch } from '@/lib/og/card';
import { OG_FONT_STACK } from '@/lib/og/fonts';
import { hatchCss, isHatched, STATUS_STYLE } from '@/lib/status-style';
import { TIE_STYLE } from '@/lib/map-style';

/**
 * The Open Graph image of a view, for `ImageResponse` (satori): flexbox and inline styles only,
 * every element with more than one child is `display: flex`. Server-only; no hooks.
 */

const INK = '#111827';
const MUTED = '#4b5563';

/** A status swatch as the map draws it (hatched when announced, not done); a tie's arc colour. */
function swatchStyle(swatch: OgSwatch): { fill: string; hatched: boolean; dashed: boolean } {
  if (swatch.kind === 'status') {
    const { fill } = STATUS_STYLE[swatch.status];
    return { fill, hatched: isHatched(swatch.status), dashed: false };
  }
  const style = (TIE_STYLE as Partial<Record<string, { color: string }>>)[swatch.level];
  return style
    ? { fill: style.color, hatched: false, dashed: false }
    : { fill: '#e5e7eb', hatched: false, dashed: true };
}

function Swatch({ swatch, size }: { swatch: OgSwatch; size: number }) {
  const { fill, hatched, dashed } = swatchStyle(swatch);
  return (
    <div
      style={{
        display: 'flex',
        width: size,
        height: size,
        flexShrink: 0,
        borderRadius: 6,
        backgroundColor: fill,
        // Drawn larger than on the map: the card is viewed shrunk to a thumbnail.
        ...(hatched ? { backgroundImage: hatchCss(3) } : {}),
        border: `3px ${dashed ? 'dashed' : 'solid'} #374151`,
      }}
    />
  );
}

function Line({
  line,
  fontSize,
  style,
}: {
  line: OgLine;
  fontSize: number;
  style?: CSSProperties;
}) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 18, ...style }}>
      {line.swatch && <Swatch swatch={line.swatch} size={Math.round(fontSize * 0.9)} />}
      <div style={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: 14 }}>
        <div style={{ fontSize, fontWeight: 600 }}>{line.text}</div>
        {line.detail && <div style={{ fontSize: 28, color: MUTED }}>{line.detail}</div>}
      </div>
    </div>
  );
}

/** A 1200×630 card: brand, what the view shows, its status on the day, the day and the data date. */
export function OgCard({ content }: { content: OgCardContent }) {
  const overview = !content.named;
  const lineSize = overview ? 28 : content.lines.length > 1 ? 34 : 44;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: '100%',
        height: '100%',
        padding: '52px 64px 44px',
        backgroundColor: '#ffffff',
        borderTop: '14px solid #2b6cb0',
        color: INK,
        fontFamily: OG_FONT_STACK,
        fontWeight: 400,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 32, fontWeight: 600, color: '#1e3a8a' }}>{content.brand}</div>
        <div
          style={{
            marginTop: 18,
            fontSize: overview ? 44 : 76,
            fontWeight: 600,
            lineHeight: 1.15,
          }}
        >
          {content.subject}
        </div>
        {content.native && (
          <div lang={content.native.lang} style={{ marginTop: 6, fontSize: 40, color: MUTED }}>
            {content.native.text}
          </div>
        )}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: overview ? 12 : 18 }}>
        <div style={{ fontSize: 26, color: MUTED }}>{content.heading}</div>
        <div style={{ display: 'flex', flexWrap: 'wrap', rowGap: overview ? 12 : 16 }}>
          {content.lines.map((line, index) => (
            <Line
              key={index}
              line={line}
              fontSize={lineSize}
              style={{ width: overview ? '50%' : '100%' }}
            />
          ))}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          paddingTop: 18,
          borderTop: '2px solid #e5e7eb',
          fontSize: 26,
          color: '#374151',
        }}
      >
        <div>{content.date}</div>
        <div>{content.asOf}</div>
      </div>
    </div>
  );
}
