import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Group, SegmentedControl, Select, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { startOfDayUtc } from '../../i18n/format';
import { SettingsPage } from '../settings/SettingsPage';
import { useAllUsers } from '../users/users.api';
import { ReadAuditPanel } from './ReadAuditPanel';
import { RefusedPanel } from './RefusedPanel';
import { OidcProvidersPanel } from '../signin/OidcProvidersPanel';
import { SignInPolicyPanel } from '../signin/SignInPolicyPanel';

type Period = 'today' | 'week' | 'all';

/**
 * Settings → Security: the read audit ("what did this person read today", "who opened or exported
 * this client" — a card links here with `?entityType=…&entityId=…`), the refused attempts, the
 * sign-in policy and the OpenID providers (decision 0028).
 */
export default function SecurityPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const users = useAllUsers();
  const [userId, setUserId] = useState<string | null>(params.get('userId'));
  const entityId = params.get('entityId');
  const entityType = params.get('entityType');
  const [period, setPeriod] = useState<Period>(entityId ? 'all' : 'today');
  const [tab, setTab] = useState('reads');
  const from = useMemo(() => {
    if (period === 'all') return undefined;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone }).format(new Date());
    return startOfDayUtc(today, me.timeZone, period === 'week' ? -6 : 0);
  }, [period, me.timeZone]);
  const readFilter = { userId: userId ?? undefined, entityId: entityId ?? undefined, entityType: entityType ?? undefined, from };
  const showRecord = (type: string, id: string) => {
    setUserId(null);
    setPeriod('all');
    setParams({ entityType: type, entityId: id });
  };
  return (
    <SettingsPage title={t('settings.sections.security')} description={t('security.description')}>
      {/* The person and period filter the audits; the sign-in tabs are settings. */}
      <Group gap="sm" align="flex-end" wrap="wrap" display={tab === 'reads' || tab === 'refused' ? undefined : 'none'}>
        <Select
          label={t('security.filters.user')}
          placeholder={t('security.filters.anyone')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={userId}
          onChange={setUserId}
          searchable
          clearable
          w={240}
        />
        <SegmentedControl
          aria-label={t('security.filters.period')}
          value={period}
          onChange={(value) => setPeriod(value as Period)}
          data={(['today', 'week', 'all'] as const).map((p) => ({ value: p, label: t(`security.filters.${p}`) }))}
        />
        {entityId ? (
          <Button variant="light" onClick={() => setParams({})}>
            {t('security.filters.clearRecord')}
          </Button>
        ) : null}
      </Group>
      <Tabs value={tab} onChange={(value) => setTab(value ?? 'reads')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="reads">{t('security.reads.title')}</Tabs.Tab>
          <Tabs.Tab value="refused">{t('security.refused.title')}</Tabs.Tab>
          <Tabs.Tab value="policy">{t('signin.policy.title')}</Tabs.Tab>
          <Tabs.Tab value="providers">{t('signin.providers.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="reads" pt="md">
          <ReadAuditPanel filter={readFilter} onRecord={showRecord} />
        </Tabs.Panel>
        <Tabs.Panel value="refused" pt="md">
          <RefusedPanel filter={{ userId: userId ?? undefined, from }} />
        </Tabs.Panel>
        <Tabs.Panel value="policy" pt="md">
          <SignInPolicyPanel />
        </Tabs.Panel>
        <Tabs.Panel value="providers" pt="md">
          <OidcProvidersPanel />
        </Tabs.Panel>
      </Tabs>
    </SettingsPage>
  );
}
