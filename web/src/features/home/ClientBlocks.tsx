import { SegmentedControl, Stack } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { useRecordNames } from '../../components/history/recordNames.api';
import { formatDateTime, formatRelativeTime } from '../../i18n/format';
import { findRecordRegistration, recordPath } from '../../records/registry';
import { HomeCard, HomeRowLink } from './HomeCard';
import { rowName, useHomeList, type HomeRow } from './home.api';
import { recentRecords } from './recentRecords';

const LIMIT = '6';
const STALE_DAYS = ['14', '30', '90'] as const;

interface Typed extends HomeRow {
  entityType: string;
}

/** Rows of several types in one list, by a time field, cut to the block's size. */
function merged(lists: Array<{ entityType: string; rows: HomeRow[] | undefined }>, by: (row: HomeRow) => string, direction: 1 | -1): Typed[] {
  return lists
    .flatMap(({ entityType, rows }) => (rows ?? []).map((row) => ({ ...row, entityType })))
    .sort((a, b) => direction * by(a).localeCompare(by(b)))
    .slice(0, Number(LIMIT));
}

function TypeIcon({ entityType }: { entityType: string }) {
  const Icon = findRecordRegistration(entityType)?.icon;
  return Icon ? <Icon size={16} stroke={1.6} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} /> : null;
}

/** "My clients with no activity for N days": contacts and companies the user owns, the longest-quiet first. */
export function StaleClients({ types }: { types: string[] }) {
  const { t } = useTranslation();
  const [days, setDays] = useLocalStorage<string>({ key: 'kartoteka.home.staleDays', defaultValue: '30' });
  const query = { ownerId: 'me', noActivityDays: days, sort: 'lastActivityAt', limit: LIMIT };
  const lists = types.map((entityType) => ({ entityType, list: useHomeList(entityType, query, true) }));
  const rows = merged(lists.map(({ entityType, list }) => ({ entityType, rows: list.data })), (row) => row.lastActivityAt ?? '', 1);
  return (
    <HomeCard
      testId="home-stale"
      title={t('home.stale.title', { count: Number(days) })}
      extra={<SegmentedControl size="xs" value={days} onChange={setDays} data={STALE_DAYS.map((d) => ({ value: d, label: t('home.stale.days', { count: Number(d) }) }))} aria-label={t('home.stale.daysLabel')} />}
      pending={lists.some(({ list }) => list.isPending)}
      empty={t('home.stale.empty')}
      count={rows.length}
    >
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <HomeRowLink
            key={`${row.entityType}:${row.id}`}
            to={recordPath(row.entityType, row.id)}
            name={rowName(row)}
            icon={<TypeIcon entityType={row.entityType} />}
            note={row.lastActivityAt ? t('home.stale.last', { when: formatRelativeTime(row.lastActivityAt) }) : t('home.stale.never')}
          />
        ))}
      </Stack>
    </HomeCard>
  );
}

/** The newest contacts and companies the user may see. */
export function RecentlyCreated({ types }: { types: string[] }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const query = { sort: '-createdAt', limit: LIMIT };
  const lists = types.map((entityType) => ({ entityType, list: useHomeList(entityType, query, true) }));
  const rows = merged(lists.map(({ entityType, list }) => ({ entityType, rows: list.data })), (row) => row.createdAt, -1);
  return (
    <HomeCard testId="home-created" title={t('home.created.title')} pending={lists.some(({ list }) => list.isPending)} empty={t('home.created.empty')} count={rows.length}>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <HomeRowLink key={`${row.entityType}:${row.id}`} to={recordPath(row.entityType, row.id)} name={rowName(row)} icon={<TypeIcon entityType={row.entityType} />} note={formatDateTime(row.createdAt, me.timeZone)} />
        ))}
      </Stack>
    </HomeCard>
  );
}

/** The cards the user opened last in this browser, named by the server (one the user may no longer see is left out). */
export function RecentlyViewed() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const refs = recentRecords(me.id).filter((ref) => findRecordRegistration(ref.entityType));
  const names = useRecordNames(refs);
  const rows = refs.flatMap((ref) => {
    const known = names(ref.entityType, ref.id);
    return known?.name && !known.deleted ? [{ ...ref, name: known.name }] : [];
  });
  const pending = refs.length > 0 && refs.every((ref) => names(ref.entityType, ref.id) === undefined);
  return (
    <HomeCard testId="home-viewed" title={t('home.viewed.title')} pending={pending} empty={t('home.viewed.empty')} count={rows.length}>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.slice(0, 8).map((row) => (
          <HomeRowLink
            key={`${row.entityType}:${row.id}`}
            to={recordPath(row.entityType, row.id)}
            name={row.name}
            icon={<TypeIcon entityType={row.entityType} />}
            note={t(`entities.${row.entityType}`, { defaultValue: '' })}
          />
        ))}
      </Stack>
    </HomeCard>
  );
}
