import { Badge, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { formatMoney, formatNumber } from '../../i18n/format';
import { recordPath } from '../../records/registry';
import { ActivityRow } from '../activities/ActivityRow';
import { rowItem } from '../activities/rowItem';
import { formatDay } from '../clients/formatDay';
import { useMyDay, useMyDayChange } from '../my-day/myDay.api';
import { HomeCard, HomeRowLink } from './HomeCard';
import { rowName, useHomeList } from './home.api';

const SHOWN = 6;

/** Overdue and today's tasks and meetings of the user, to tick off or move right here. */
export function MyDayBlock() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const day = useMyDay(me.id);
  const change = useMyDayChange(me.id);
  const overdue = day.data?.overdue.items ?? [];
  const today = day.data?.today.items ?? [];
  const items = [...overdue.map((item) => ({ item, overdue: true })), ...today.map((item) => ({ item, overdue: false }))].slice(0, SHOWN);
  return (
    <HomeCard
      testId="home-my-day"
      title={t('nav.myDay')}
      more={{ to: '/my-day', label: t('home.openAll') }}
      extra={
        day.data ? (
          <Group gap={4} wrap="nowrap">
            {day.data.overdue.count > 0 ? <Badge color="red" variant="light" size="sm">{t('home.myDay.overdue', { count: day.data.overdue.count, n: formatNumber(day.data.overdue.count) })}</Badge> : null}
            <Badge variant="light" size="sm">{t('home.myDay.today', { count: day.data.today.count, n: formatNumber(day.data.today.count) })}</Badge>
          </Group>
        ) : null
      }
      pending={day.isPending}
      empty={t('home.myDay.empty')}
      count={items.length}
    >
      <Stack gap="sm">
        {items.map(({ item, overdue: late }) => (
          <ActivityRow
            key={item.id}
            item={rowItem(item)}
            shortDue={!late}
            overdue={late}
            onComplete={() => change.mutate({ action: 'complete', id: item.id, version: item.version })}
            onMove={(due) => change.mutate({ action: 'reschedule', id: item.id, version: item.version, ...due })}
          />
        ))}
      </Stack>
    </HomeCard>
  );
}

/** The user's open deals, the soonest expected to close first (a date in the past is marked). */
export function MyDealsBlock() {
  const { t } = useTranslation();
  const deals = useHomeList('deal', { ownerId: 'me', status: 'open', sort: 'expectedClose', limit: String(SHOWN) }, true);
  const today = new Date().toISOString().slice(0, 10);
  const rows = deals.data ?? [];
  return (
    <HomeCard testId="home-deals" title={t('home.deals.title')} more={{ to: recordPath('deal'), label: t('home.openAll') }} pending={deals.isPending} empty={t('home.deals.empty')} count={rows.length}>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((deal) => {
          const late = !!deal.expectedClose && deal.expectedClose < today;
          const money = deal.amount !== undefined && deal.currency ? formatMoney(deal.amount, deal.currency) : null;
          const when = deal.expectedClose ? formatDay(deal.expectedClose) : t('home.deals.noDate');
          return <HomeRowLink key={deal.id} to={recordPath('deal', deal.id)} name={rowName(deal)} note={money ? `${money} · ${when}` : when} noteColor={late ? 'red' : undefined} />;
        })}
      </Stack>
    </HomeCard>
  );
}
