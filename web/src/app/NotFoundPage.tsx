import { Button, Text } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMapOff size={32} />}
      title={t('notFound.title')}
      action={
        <Button component={Link} to="/" mt="sm">
          {t('common.goHome')}
        </Button>
      }
    >
      <Text span c="dimmed" size="xl" fw={700} display="block" mb={4} aria-hidden>
        404
      </Text>
      {t('notFound.text')}
    </EmptyState>
  );
}
