import { Button } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

interface ErrorStateProps {
  message?: string;
  onRetry: () => void;
}

/** What a screen shows when it failed: a plain explanation and a way to try again. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <EmptyState
        icon={<IconAlertTriangle size={32} />}
        color="red"
        title={t('errorBoundary.title')}
        action={
          <Button leftSection={<IconRefresh size={16} />} onClick={onRetry} mt="sm">
            {t('common.retry')}
          </Button>
        }
      >
        {message ?? t('errorBoundary.text')}
      </EmptyState>
    </div>
  );
}
