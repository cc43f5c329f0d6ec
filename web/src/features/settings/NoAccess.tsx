import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

/** A screen the role does not open (also shown when the server answers 403). */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<IconLock size={32} />} title={t('settings.noAccess.title')}>
      {t('settings.noAccess.text')}
    </EmptyState>
  );
}
