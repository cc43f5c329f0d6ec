import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { NoAccess } from '../settings/NoAccess';
import { SettingsPage } from '../settings/SettingsPage';
import { useWorkspace } from './workspace.api';
import { WorkspaceForm } from './WorkspaceForm';

/** Settings → Workspace: its name and defaults, the exfiltration alarm and the trash period. */
export default function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();

  if (isApiError(workspace.error) && workspace.error.status === 403) return <NoAccess />;
  // Without the alarm in the answer the server does not count this user as a settings manager: saving would be refused.
  if (workspace.data && workspace.data.settings.alarm === undefined) return <NoAccess />;
  return (
    <SettingsPage title={t('settings.sections.workspace')} description={t('workspace.description')}>
      {workspace.isPending ? (
        <ContentSkeleton />
      ) : workspace.isError ? (
        <ErrorState message={apiErrorText(t, workspace.error)} onRetry={() => void workspace.refetch()} />
      ) : (
        <WorkspaceForm workspace={workspace.data} />
      )}
    </SettingsPage>
  );
}
