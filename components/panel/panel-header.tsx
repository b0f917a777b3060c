import { useTranslations } from 'next-intl';
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
      <div>
        <h2 id="detail-panel-title" className="text-xl font-semibold">
          {title}
        </h2>
        {children}
      </div>
      <button
        type="button"
        onClick={onClose}
        title={t('closeHint')}
        className="rounded px-2 py-1 text-sm font-semibold text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
      >
        {t('close')}
      </button>
    </header>
  );
}
