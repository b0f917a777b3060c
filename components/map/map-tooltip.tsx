import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { isDatasetIso3 } from '@/lib/data/queries';
import { geometryName, type Hovered } from './hover';

/**
 * What is under the pointer, following it. Decorative for assistive technology (aria-hidden): the
 * panels and the country list carry the same information as text.
 */
export function MapTooltip({
  hovered,
  name,
}: {
  hovered: Hovered;
  name: (iso3: string) => string;
}) {
  const t = useTranslations('tooltip');
  const locale = useLocale();
  const tLevels = useTranslations('layers.tieLevels');
  const { target } = hovered;
  let text: string;
  switch (target.kind) {
    case 'arc': {
      const [a = '', b = ''] = target.pair.split('~');
      text = `${name(a)}–${name(b)}: ${tLevels(target.level)}`;
      break;
    }
    case 'embassy':
      text = t('embassy', {
        host: name(target.host),
        senders: target.senders.split(', ').map(name).join(', '),
      });
      break;
    case 'mineral':
      text = target.name;
      break;
    default:
      text =
        target.iso3 && isDatasetIso3(target.iso3)
          ? name(target.iso3)
          : t('outside', { name: geometryName(target, locale) });
  }
  return (
    <div
      aria-hidden="true"
      data-testid="map:tooltip"
      className="pointer-events-none absolute z-10 max-w-xs rounded bg-gray-900/90 px-2 py-1 text-sm text-white shadow"
      style={{ left: hovered.x + 12, top: hovered.y + 12 }}
    >
      {text}
    </div>
  );
}
