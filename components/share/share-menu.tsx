'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from '@/components/i18n/use-translations';
import { useState } from 'react';
import { DisclosureMenu } from '../menu/disclosure-menu';
import { useDisclosureMenu } from '../menu/use-disclosure-menu';
import type { CitedView } from '@/lib/citation';
import type { Dataset } from '@/lib/data/schema';
import type { ShareView } from '@/lib/share';

export interface ShareMenuProps {
  data: Dataset;
  /** The view as the URL has it (`useView`): what the title, the citation and the links name. */
  view: ShareView & CitedView;
  /** The public origin links are written with. */
  origin: string;
  /** The view's canonical query (`canonicalQuery`, lib/link-diagnosis.ts). */
  query: string;
}

// The panel (its texts from lib/share.ts, fields, copy buttons, citation forms) loads when a
// pointer or focus first reaches the button, or at the latest on opening: nothing of it is needed
// to show the page.
const loadPanel = () => import('./share-panel').then((m) => m.SharePanel);
const SharePanel = dynamic(loadPanel);

/** Today as a YYYY-MM-DD day (UTC), for "accessed …". */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Share": a disclosure button opening a small panel (components/share/share-panel.tsx) to copy
 * the view's link, a citation or an iframe embed code.
 */
export function ShareMenu(props: ShareMenuProps) {
  const t = useTranslations('share');
  const menu = useDisclosureMenu();
  // Set when the panel first opens (never during render), so server and client HTML agree.
  const [accessed, setAccessed] = useState<string | null>(null);
  return (
    <DisclosureMenu
      menu={menu}
      label={t('button')}
      panelLabel={t('panelLabel')}
      testId="share"
      loadAhead={loadPanel}
      onOpen={() => setAccessed(today())}
      panelClassName="w-[min(24rem,calc(100vw-1rem))] space-y-3 p-3"
    >
      {accessed && (
        <SharePanel
          {...props}
          panelId={menu.panelId}
          announce={menu.announce}
          accessed={accessed}
        />
      )}
    </DisclosureMenu>
  );
}
