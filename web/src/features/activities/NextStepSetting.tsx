import { useState } from 'react';
import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useReloadClientLists } from '../clients/clients.api';
import { useRefetchWorkspace, useUpdateWorkspace, useWorkspace } from '../workspace/workspace.api';

/** Settings → Sales: whether every open deal needs a planned next step (deals without one are flagged). */
export function NextStepSetting() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const update = useUpdateWorkspace();
  const refetch = useRefetchWorkspace();
  const reloadDeals = useReloadClientLists('deal');
  const [error, setError] = useState<string | null>(null);
  if (!workspace.data) return null;
  const { version, settings } = workspace.data;

  async function change(dealsNeedNextStep: boolean) {
    setError(null);
    try {
      await update.mutateAsync({ settings: { dealsNeedNextStep }, version });
      await reloadDeals();
    } catch (failure) {
      if (isApiError(failure) && failure.status === 409) await refetch();
      setError(apiErrorText(t, failure));
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('activities.nextStepSetting.title')}
        </Title>
        <Switch
          label={t('activities.nextStepSetting.label')}
          description={t('activities.nextStepSetting.description')}
          checked={settings.dealsNeedNextStep}
          disabled={update.isPending}
          onChange={(event) => void change(event.currentTarget.checked)}
          data-testid="deals-need-next-step"
        />
        {error ? (
          <Alert color="red" withCloseButton onClose={() => setError(null)}>
            <Text size="sm">{error}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
