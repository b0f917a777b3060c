import { useTranslations } from '@/components/i18n/use-translations';
import type { ReactNode } from 'react';

/** Title row of a detail panel, with the close button (Escape does the same). */
export function PanelHeader({
  title,
  children,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  onClose: () => void;
}) {
  const t = useTranslations('panel');
  return (
    <header className="flex items-start justify-between gap-3">
      {/* min-w-0 flex-1: the block spans the row, so right-to-left lines (a native name) start
          under the heading rather than against the Close button. tabIndex: focus lands here on a
          new selection (use-selection-focus.ts). */}
      <div className="min-w-0 flex-1">
        <h2 id="detail-panel-title" tabIndex={-1} className="scroll-mt-2 text-xl font-semibold">
          {title}
        </h2>
        {children}
      </div>
      <button
        type="button"
        onClick={onClose}
        title={t('closeHint')}
        className="min-h-8 shrink-0 rounded px-2 py-1 text-sm font-semibold text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
      >
        {t('close')}
      </button>
    </header>
  );
}
