'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCallback } from 'react';
import { useCountryName } from '@/components/i18n/use-country-name';
import type { Change, MissionSummary } from '@/lib/data/changes';
import type { Dataset } from '@/lib/data/schema';

/**
 * `(change) => text` in the UI language: "Kazakhstan · Status: Talks reported → Accession
 * announced, not signed", "Israel's mission in Morocco: Unknown → Liaison office".
 */
export function useChangeText(data: Dataset): (change: Change) => string {
  const t = useTranslations();
  const locale = useLocale();
  const name = useCountryName(data);
  const mission = useCallback(
    ({ level, state }: MissionSummary) =>
      [
        t(`panel.missionLevel.${level}`),
        state === 'suspended' || state === 'closed' ? t(`panel.missionState.${state}`) : null,
      ]
        .filter(Boolean)
        .join(', '),
    [t],
  );
  return useCallback(
    (change: Change) => {
      switch (change.kind) {
        case 'status':
          return t('changes.status', {
            country: name(change.iso3),
            from: t(`status.${change.from}`),
            to: t(`status.${change.to}`),
          });
        case 'relations':
          return t('changes.relations', {
            a: name(change.pair[0]),
            b: name(change.pair[1]),
            from: t(`panel.relationsStatus.${change.from}`),
            to: t(`panel.relationsStatus.${change.to}`),
          });
        case 'mission':
          return t('changes.mission', {
            mission: t('panel.missionIn', { sender: name(change.sender), host: name(change.host) }),
            from: mission(change.from),
            to: mission(change.to),
          });
        case 'document': {
          const document = data.documents.find((d) => d.id === change.documentId);
          const title = locale === 'ru' ? document?.titleRu : document?.title;
          return t('changes.document', { title: title ?? change.documentId });
        }
        case 'agreement': {
          const agreement = data.minerals.agreements.find((a) => a.id === change.agreementId);
          return t('changes.agreement', { title: agreement?.title ?? change.agreementId });
        }
      }
    },
    [t, name, mission, data, locale],
  );
}
