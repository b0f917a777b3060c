import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { memo, useMemo } from 'react';
import { Swatch } from '@/components/legend/swatch';
import { type BriefLine, buildBrief } from '@/lib/brief';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import type { ExportView } from '@/lib/export/geojson';
import { mapKey } from '@/lib/export/map-key';
import { formatDay, viewSubject } from '@/lib/share';

export interface PrintBriefProps {
  data: Dataset;
  view: ExportView;
  /** The view's absolute, canonical URL. */
  url: string;
  /** The map as an image (usePrintBrief), or null when there is none. */
  mapImage: string | null;
}

function Refs({ refs }: { refs: readonly number[] }) {
  if (refs.length === 0) return null;
  return (
    <sup className="ml-0.5 text-[6pt] whitespace-nowrap text-gray-700">[{refs.join(', ')}]</sup>
  );
}

function Line({ line }: { line: BriefLine }) {
  return (
    <li className="break-inside-avoid">
      {line.date && <span className="text-gray-700">{line.date} · </span>}
      {line.text}
      <Refs refs={line.refs} />
    </li>
  );
}

/**
 * The printed brief: one A4 page with the view's title and summary, the map as an image with
 * its key, status and key dates, ties, minerals and numbered source endnotes (lib/brief.ts), and
 * the view's address and data dates. Hidden on screen; app/print.css prints it and nothing else.
 * A print-only layout rather than the panel, which is built for scrolling, not for paper.
 */
function PrintBriefImpl({ data, view, url, mapImage }: PrintBriefProps) {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  // Built only when the view changes; it is small next to the panel's own derivations.
  const brief = useMemo(() => buildBrief(data, view, t, locale), [data, view, t, locale]);
  const key = useMemo(() => (mapImage ? mapKey(data, view, t) : []), [mapImage, data, view, t]);
  const subject = viewSubject(data, view, t) ?? t('app.tagline');
  return (
    <section
      className="print-brief hidden text-[8pt] leading-snug text-black print:block"
      data-testid="print:brief"
      aria-label={t('brief.kicker')}
    >
      <header className="border-b border-gray-400 pb-[1.5mm]">
        <p className="text-[7.5pt] text-gray-700">{t('brief.kicker')}</p>
        <h1 className="text-[15pt] leading-tight font-semibold">{subject}</h1>
        <p className="text-[8pt]">{t('brief.subtitle', { date: formatDay(view.date, locale) })}</p>
      </header>
      {mapImage && (
        <div className="mt-[2mm] flex items-start gap-[3mm]">
          {/* The map is an image: WebGL canvases print badly, if at all. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a captured blob, not an asset */}
          <img
            src={mapImage}
            alt={t('brief.mapAlt', { subject, date: formatDay(view.date, locale) })}
            className="max-h-[60mm] max-w-[60%] min-w-0 border border-gray-300 object-contain"
            data-testid="print:map"
          />
          <ul
            className="min-w-0 flex-1 columns-2 gap-[2mm] text-[6pt] leading-tight"
            data-testid="print:key"
          >
            {key.map((entry, i) =>
              entry.kind === 'heading' ? (
                <li key={i} className="break-after-avoid pt-[0.6mm] font-semibold">
                  {entry.label}
                </li>
              ) : (
                <li key={i} className="flex break-inside-avoid items-center gap-[1mm] py-[0.2mm]">
                  <Swatch entry={entry} />
                  {entry.label}
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      <div className="mt-[2mm] columns-2 gap-[5mm] text-[7pt] leading-tight">
        {brief.sections.map((section) =>
          section.lines.length === 0 ? null : (
            <section key={section.id} className="mb-[1.5mm]" data-testid={`print:${section.id}`}>
              <h2 className="break-after-avoid text-[9.5pt] font-semibold">{section.heading}</h2>
              <ul className="space-y-[0.5mm]">
                {section.lines.map((line, i) => (
                  <Line key={i} line={line} />
                ))}
              </ul>
            </section>
          ),
        )}
      </div>
      {brief.notes.length > 0 && (
        <section className="mt-[1mm] border-t border-gray-400 pt-[1mm] text-[5.5pt] leading-tight">
          <h2 className="text-[8pt] font-semibold">{t('brief.sources')}</h2>
          <ol className="columns-3 gap-[3mm]" data-testid="print:notes">
            {brief.notes.map((note) => (
              <li key={note.n} className="break-inside-avoid">
                {note.n}. {note.text}
              </li>
            ))}
          </ol>
          <p className="mt-[0.5mm] text-gray-700">{t('brief.sourcesNote')}</p>
        </section>
      )}
      <footer className="mt-[1.5mm] border-t border-gray-400 pt-[1mm] text-[7pt]">
        <p>
          {t('export.footer.url')} <span className="break-all">{url}</span>
        </p>
        <p>
          {t('brief.dataset', {
            version: data.meta.version,
            asOf: formatDay(data.meta.asOf, locale),
          })}
        </p>
      </footer>
    </section>
  );
}

export const PrintBrief = memo(PrintBriefImpl);
