import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SettingsPage } from '../settings/SettingsPage';
import { ImportHistory } from './ImportHistory';
import { WorkspaceDownload } from './WorkspaceDownload';

/** Settings → Data: where imports start and their history is. */
export default function DataSettingsPage() {
  const { t } = useTranslation();
  return (
    <SettingsPage
      title={t('settings.sections.data')}
      description={t('imports.dataIntro')}
      actions={
        <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />} data-testid="settings-import">
          {t('imports.start')}
        </Button>
      }
    >
      <ImportHistory />
      <WorkspaceDownload />
    </SettingsPage>
  );
}
