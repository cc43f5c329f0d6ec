import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAddressBook, IconBuilding, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { NoAccess } from '../settings/NoAccess';
import { useAbilities } from '../settings/access';
import { useMergeableTypes, type ClientEntity } from './duplicates.api';
import { PairList } from './PairList';

// Icons for the types the app knows; any other mergeable type gets the generic one.
const ICONS = new Map<string, typeof IconCopy>([
  ['contact', IconAddressBook],
  ['company', IconBuilding],
]);

/** /duplicates: records of each mergeable type that look like the same one, to merge or to leave be. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const { can } = useAbilities();
  const types = useMergeableTypes();
  const [params, setParams] = useSearchParams();
  const tabs = types.data ?? [];
  const requested = params.get('entity');
  const current = tabs.find((tab) => tab.entityType === requested) ?? tabs[0];

  let body;
  if (types.isPending) body = <ContentSkeleton />;
  else if (types.isError) body = isApiError(types.error) && types.error.status === 403 ? <NoAccess /> : <ErrorState message={apiErrorText(t, types.error)} onRetry={() => void types.refetch()} />;
  else if (!current) body = <NoAccess />;
  else {
    body = (
      <Tabs value={current.entityType} onChange={(value) => value && setParams({ entity: value }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => {
            const TabIcon = ICONS.get(tab.entityType) ?? IconCopy;
            return (
              <Tabs.Tab key={tab.entityType} value={tab.entityType} leftSection={<TabIcon size={16} aria-hidden />}>
                {t(`duplicates.tabs.${tab.entityType}`, { defaultValue: t(`entities.${tab.entityType}`, { defaultValue: tab.plural }) })}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.entityType} value={tab.entityType} pt="md">
            <PairList entity={tab.entityType as ClientEntity} canEdit={can(tab.module, 'edit')} canRebuild={can('settings', 'manage_settings')} />
          </Tabs.Panel>
        ))}
      </Tabs>
    );
  }

  return (
    <Stack gap="md" maw={1000}>
      <Stack gap={2}>
        <Title order={1} size="h2">
          {t('duplicates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('duplicates.description')}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
