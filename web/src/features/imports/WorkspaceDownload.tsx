import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';

const MODULES_WITH_RECORDS = ['contacts', 'companies', 'deals', 'products', 'activities'] as const;

/**
 * Settings → Data → the whole workspace as one file (decision 0035). Administrators who may export
 * every kind of record; the server checks the same and audits the download. Bringing a file in
 * needs an empty install, so that stays in the `kartoteka import` command.
 */
export function WorkspaceDownload() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const allowed = me.role === 'admin' && MODULES_WITH_RECORDS.every((m) => me.permissions[m]?.export === 'all');
  if (!allowed) return null;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs" align="flex-start">
        <Title order={3} size="h5">
          {t('imports.workspace.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.workspace.text')}
        </Text>
        <Button component="a" href="/api/v1/workspace/export" download variant="light" leftSection={<IconDatabaseExport size={16} />} data-testid="workspace-download">
          {t('imports.workspace.download')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('imports.workspace.importHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
