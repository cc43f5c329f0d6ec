import { Anchor, Paper } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { recordPath, recordRegistration } from '../../records/registry';

interface CardFallbackProps {
  entityType: string;
  error: unknown;
  onRetry: () => void;
  /** The record is out of reach whatever the error (the user may not see the type at all). */
  missing?: boolean;
}

/** What a card shows before its record is there: loading, "not found" (also for records out of reach), or a failure. */
export function CardFallback({ entityType, error, onRetry, missing = false }: CardFallbackProps) {
  const { t } = useTranslation();
  if (!error && !missing) return <ContentSkeleton />;
  if (missing || (isApiError(error) && (error.status === 404 || error.status === 403))) {
    return (
      <Paper withBorder radius="md">
        <EmptyState icon={<IconUserQuestion size={32} />} title={t('clients.card.notFound')}>
          {t('clients.card.notFoundText')}{' '}
          <Anchor component={Link} to={recordPath(entityType)}>
            {t(`${recordRegistration(entityType).plural}.backToList`)}
          </Anchor>
        </EmptyState>
      </Paper>
    );
  }
  return <ErrorState message={apiErrorText(t, error)} onRetry={onRetry} />;
}
