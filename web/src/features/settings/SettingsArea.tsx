import { Suspense, lazy, type ReactNode } from 'react';
import { Box, Flex, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { useAbilities } from './access';
import { NoAccess } from './NoAccess';
import { SETTINGS_SECTIONS, type SectionKey } from './sections';
import { SettingsNav } from './SettingsNav';

const WorkspaceSettingsPage = lazy(() => import('../workspace/WorkspaceSettingsPage'));
const UsersPage = lazy(() => import('../users/UsersPage'));
const DepartmentsPage = lazy(() => import('../departments/DepartmentsPage'));
const RolesPage = lazy(() => import('../roles/RolesPage'));
const RoleEditorPage = lazy(() => import('../roles/RoleEditorPage'));
const CustomFieldsPage = lazy(() => import('../custom-fields/CustomFieldsPage'));
const SalesSettingsPage = lazy(() => import('../pipelines/SalesSettingsPage'));
const ActivityKindsPage = lazy(() => import('../activity-kinds/ActivityKindsPage'));
const CurrenciesPage = lazy(() => import('../currencies/CurrenciesPage'));
const SalesPlansPage = lazy(() => import('../plans/SalesPlansPage'));
const EscalationSettingsPage = lazy(() => import('../escalations/EscalationSettingsPage'));
const EscalationsPage = lazy(() => import('../escalations/EscalationsPage'));
const DataSettingsPage = lazy(() => import('../imports/DataSettingsPage'));
const AuditPage = lazy(() => import('../audit/AuditPage'));
const SecurityPage = lazy(() => import('../security/SecurityPage'));
const TrashPage = lazy(() => import('../trash/TrashPage'));
const AccountArea = lazy(() => import('../account/AccountArea'));

/** Settings: the workspace itself, team, departments, roles, audit log, trash and the user's own account, each as the role allows. */
export default function SettingsArea() {
  const { t } = useTranslation();
  const abilities = useAbilities();
  const sections = SETTINGS_SECTIONS.filter((section) => section.visible(abilities));
  const allowed = new Set<SectionKey>(sections.map((section) => section.key));
  const guard = (key: SectionKey, element: ReactNode) => (allowed.has(key) ? element : <NoAccess />);

  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t('nav.settings')}
      </Title>
      <Flex direction={{ base: 'column', xl: 'row' }} gap={{ base: 'md', xl: 'xl' }} align="stretch">
        <Box w={{ xl: 220 }} style={{ flexShrink: 0 }}>
          <SettingsNav sections={sections} />
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }}>
          {abilities.pending ? (
            <ContentSkeleton />
          ) : (
            <Suspense fallback={<ContentSkeleton />}>
              <Routes>
                <Route index element={<Navigate to={sections[0]?.path ?? 'account'} replace />} />
                <Route path="workspace" element={guard('workspace', <WorkspaceSettingsPage />)} />
                <Route path="users" element={guard('users', <UsersPage />)} />
                <Route path="departments" element={guard('departments', <DepartmentsPage />)} />
                <Route path="roles" element={guard('roles', <RolesPage />)} />
                <Route path="roles/:roleId" element={guard('roles', <RoleEditorPage />)} />
                <Route path="custom-fields" element={guard('customFields', <CustomFieldsPage />)} />
                <Route path="sales" element={guard('sales', <SalesSettingsPage />)} />
                <Route path="activity-kinds" element={guard('activityKinds', <ActivityKindsPage />)} />
                <Route path="currencies" element={guard('currencies', <CurrenciesPage />)} />
                <Route path="sales-plans" element={guard('salesPlans', <SalesPlansPage />)} />
                <Route path="escalation" element={guard('escalation', <EscalationSettingsPage />)} />
                <Route path="escalations" element={guard('escalations', <EscalationsPage />)} />
                <Route path="data" element={guard('data', <DataSettingsPage />)} />
                <Route path="audit" element={guard('audit', <AuditPage />)} />
                <Route path="security" element={guard('security', <SecurityPage />)} />
                <Route path="trash" element={guard('trash', <TrashPage />)} />
                <Route path="account/*" element={<AccountArea />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Suspense>
          )}
        </Box>
      </Flex>
    </>
  );
}
