import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAddressBook, IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NoAccess } from '../settings/NoAccess';
import { useAbilities } from '../settings/access';
import { DuplicateGroupList } from './DuplicateGroupList';
import type { ClientEntity } from './duplicates.api';

const TABS: Array<{ entity: ClientEntity; module: 'contacts' | 'companies'; icon: typeof IconBuilding }> = [
  { entity: 'contact', module: 'contacts', icon: IconAddressBook },
  { entity: 'company', module: 'companies', icon: IconBuilding },
];

/** /duplicates: contacts and companies that look like the same one, to merge or to leave be. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const { can } = useAbilities();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((tab) => can(tab.module, 'view'));
  const requested = params.get('entity');
  const current = tabs.find((tab) => tab.entity === requested) ?? tabs[0];

  return (
    <Stack gap="md" maw={1200}>
      <Stack gap={2}>
        <Title order={1} size="h2">
          {t('duplicates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('duplicates.description')}
        </Text>
      </Stack>
      {!current ? (
        <NoAccess />
      ) : (
        <Tabs value={current.entity} onChange={(value) => value && setParams({ entity: value }, { replace: true })} keepMounted={false}>
          <Tabs.List>
            {tabs.map((tab) => {
              const TabIcon = tab.icon;
              return (
                <Tabs.Tab key={tab.entity} value={tab.entity} leftSection={<TabIcon size={16} aria-hidden />}>
                  {t(`duplicates.tabs.${tab.entity}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab.entity} value={tab.entity} pt="md">
              <DuplicateGroupList entity={tab.entity} canMerge={can(tab.module, 'edit')} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
