import { Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Rows of grey blocks in the shape of the list while its first page loads. */
export function ListSkeleton({ rows = 8 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" p="md" role="status" aria-live="polite">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <Group key={i} gap="md" wrap="nowrap">
          <Skeleton height={14} width="28%" />
          <Skeleton height={14} width="18%" />
          <Skeleton height={14} width="22%" />
          <Skeleton height={14} width="14%" />
        </Group>
      ))}
    </Stack>
  );
}
