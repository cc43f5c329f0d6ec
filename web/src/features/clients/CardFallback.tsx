import { Anchor, Paper } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { modulePath, type ClientEntity } from './clientTypes';

/** What a card shows before its record is there: loading, "not found" (also for records out of reach), or a failure. */
export function CardFallback({ entity, error, onRetry }: { entity: ClientEntity; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) return <ContentSkeleton />;
  if (isApiError(error) && (error.status === 404 || error.status === 403)) {
    return (
      <Paper withBorder radius="md">
        <EmptyState icon={<IconUserQuestion size={32} />} title={t('clients.card.notFound')}>
          {t('clients.card.notFoundText')}{' '}
          <Anchor component={Link} to={modulePath(entity)}>
            {t(entity === 'contact' ? 'contacts.backToList' : 'companies.backToList')}
          </Anchor>
        </EmptyState>
      </Paper>
    );
  }
  return <ErrorState message={apiErrorText(t, error)} onRetry={onRetry} />;
}
