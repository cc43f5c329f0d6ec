import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder blocks in the shape of a page while its code or data loads. */
export function ContentSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="status" aria-live="polite">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height={28} width="40%" />
      <Skeleton height={14} width="70%" />
      <Skeleton height={160} />
    </Stack>
  );
}
