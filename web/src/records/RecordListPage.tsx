import { useMemo, useState, type ReactNode } from 'react';
import { Anchor, Button, Group, Highlight, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../app/api';
import { apiErrorText } from '../app/errorText';
import { useCurrentUser } from '../app/session';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { formatNumber } from '../i18n/format';
import { NoAccess } from '../features/settings/NoAccess';
import { useAbilities } from '../features/settings/access';
import { useAllUsers } from '../features/users/users.api';
import { BulkBar } from '../features/clients/BulkBar';
import { ClientCardList } from '../features/clients/ClientCardList';
import { ClientTable } from '../features/clients/ClientTable';
import { useClientList, useReloadClientLists } from '../features/clients/clients.api';
import { customColumns, type ColumnDef } from '../features/clients/columns';
import { useFieldDefs } from '../features/clients/fieldDefs';
import { isFiltered, listParams } from '../features/clients/listQuery';
import { ListSkeleton } from '../features/clients/ListSkeleton';
import { ListToolbar } from '../features/clients/ListToolbar';
import { useColumnChoice } from '../features/clients/useColumnChoice';
import { useIsPhone } from '../features/clients/useIsPhone';
import { useListState } from '../features/clients/useListState';
import { useColumnWidths, useDensity } from '../features/clients/useListPrefs';
import { canSortBy } from './recordTypes.api';
import { useRecordType } from './recordTypeContext';
import { recordPath } from './registry';
import type { RecordListItem } from './screens';

/** The list of any record type: search, filters, saved views, columns, sort, bulk actions, export, pages. */
export function RecordListPage() {
  const { registration, screens, meta } = useRecordType();
  const { entityType, plural: ns } = registration;
  const reloadLists = useReloadClientLists(entityType);
  const { t } = useTranslation();
  const me = useCurrentUser();
  const abilities = useAbilities();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const isPhone = useIsPhone();
  const { defs } = useFieldDefs(entityType, meta.features.customFields);
  const allUsers = useAllUsers();
  const { list: config, title: recordTitle } = screens;

  const allColumns = useMemo((): ColumnDef<RecordListItem>[] => {
    // A column sorts only where the server says the type sorts (its own sorts, or custom fields).
    const sortable = ({ sortField, ...column }: ColumnDef<RecordListItem>): ColumnDef<RecordListItem> => {
      const field = sortField ?? column.key;
      return column.sortable !== false && canSortBy(meta, field) ? { ...column, sortField: field } : column;
    };
    const custom = meta.features.customFields ? customColumns<RecordListItem>(defs) : [];
    return [...config.columns(t, me.timeZone), ...custom].map(sortable);
  }, [config, t, me.timeZone, defs, meta]);
  const [columnKeys, setColumnKeys] = useColumnChoice(entityType, config.defaultColumns);
  const list = useListState(entityType, setColumnKeys);
  const [filters] = useDebouncedValue(list.filters, 300);
  const query = useClientList<RecordListItem>(entityType, filters, list.sort);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResult, setBulkResult] = useState<string | null>(null);
  const [creating, setCreating] = useState(params.get('new') === '1');
  const navigate = useNavigate();
  const [density, setDensity] = useDensity(me.id);
  const [widths, setWidth] = useColumnWidths(entityType, list.viewId);
  const initialName = params.get('name') ?? undefined;

  const users = (allUsers.data ?? []).map((user) => ({ value: user.id, label: user.name }));
  const activeUsers = (allUsers.data ?? []).filter((user) => user.isActive).map((user) => ({ value: user.id, label: user.name }));
  const canCreate = meta.abilities.create;
  // Changing many records at once is a right of its own (`bulk`), on top of edit or delete.
  const canBulk = meta.abilities.bulk;
  const canEdit = canBulk && abilities.can(meta.module, 'edit');
  const canDelete = canBulk && abilities.can(meta.module, 'delete');
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (isApiError(query.error) && query.error.status === 403) return <NoAccess />;

  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total;
  const visibleColumns = columnKeys.map((key) => allColumns.find((column) => column.key === key)).filter((column): column is ColumnDef<RecordListItem> => !!column);
  const filtered = isFiltered(filters);
  const selectedIds = items.filter((item) => selected.has(item.id)).map((item) => item.id);
  const selection = canEdit || canDelete
    ? {
        selected,
        onToggle: (id: string) => setSelected((current) => toggled(current, id)),
        onToggleAll: (checked: boolean) => setSelected(checked ? new Set(items.map((item) => item.id)) : new Set()),
      }
    : undefined;

  function closeCreate() {
    setCreating(false);
    if (params.has('new') || params.has('name')) setParams({}, { replace: true });
  }

  const createButton = (size?: 'lg') => (
    <Button leftSection={<IconPlus size={size ? 20 : 16} />} size={size} onClick={() => setCreating(true)} data-testid={`add-${entityType}`}>
      {t(`${ns}.add`)}
    </Button>
  );

  // The list's search text marked in each name (the ranking put the names that hold it first).
  const renderName = (item: RecordListItem) => {
    const subtitle = config.subtitle(item);
    const name = (
      <Anchor component={Link} to={recordPath(entityType, item.id)} fw={600} size={density === 'compact' ? 'xs' : 'sm'} data-testid="record-link">
        <Highlight component="span" highlight={filters.q.trim()} inherit>{recordTitle(item)}</Highlight>
      </Anchor>
    );
    if (density === 'compact') {
      return (
        <Text span size="xs" truncate="end" display="block">
          {name}
          {subtitle ? <Text span size="xs" c="dimmed">{` · ${subtitle}`}</Text> : null}
        </Text>
      );
    }
    return (
      <Stack gap={0}>
        {name}
        {subtitle ? (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {subtitle}
          </Text>
        ) : null}
      </Stack>
    );
  };

  let body: ReactNode;
  if (query.isPending) body = <ListSkeleton />;
  else if (query.isError && items.length === 0) body = <ErrorState message={apiErrorText(t, query.error)} onRetry={() => void query.refetch()} />;
  else if (items.length === 0 && !filtered)
    body = (
      <EmptyState icon={<IconPlus size={32} />} title={t(`${ns}.emptyTitle`)} action={canCreate ? createButton('lg') : undefined}>
        {t(`${ns}.emptyText`)}
      </EmptyState>
    );
  else if (items.length === 0) body = <EmptyState order={3} icon={<IconSearchOff size={32} />} title={t('clients.list.noMatches')}>{t('clients.list.noMatchesText')}</EmptyState>;
  else if (isPhone)
    body = <ClientCardList items={items} href={(item) => recordPath(entityType, item.id)} title={recordTitle} details={config.cardDetails} selection={selection} />;
  else
    body = (
      <ClientTable
        label={t(`${ns}.title`)}
        items={items}
        nameLabel={t('clients.fields.name')}
        renderName={renderName}
        itemTitle={recordTitle}
        columns={visibleColumns}
        sort={list.sort}
        onSort={list.setSort}
        selection={selection}
        density={density}
        widths={widths}
        onResize={setWidth}
        onOpen={(item) => navigate(recordPath(entityType, item.id))}
      />
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t(`${ns}.title`)}
          </Title>
          {total !== undefined ? (
            <Text c="dimmed" size="sm" data-testid="list-total">
              {t(`${ns}.count`, { count: total, n: formatNumber(total) })}
            </Text>
          ) : null}
        </Group>
        <Group gap="sm">
          {config.Actions ? <config.Actions /> : null}
          {canCreate ? createButton() : null}
        </Group>
      </Group>
      {notice ? (
        <Text size="sm" c="green" role="status">
          {notice}
        </Text>
      ) : null}
      {list.filters.link?.length ? (
        <Group gap="xs" data-testid="link-filter">
          <Text size="sm">{t('analytics.urlFilter.text')}</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => list.setFilters({ ...list.filters, link: [] })}>{t('analytics.urlFilter.clear')}</Button>
        </Group>
      ) : null}
      <ListToolbar
        list={list}
        defs={defs}
        users={users}
        columns={allColumns}
        columnKeys={columnKeys}
        onColumns={setColumnKeys}
        defaultColumns={config.defaultColumns}
        showColumns={!isPhone}
        density={density}
        onDensity={setDensity}
      />
      {bulkResult ? (
        <Text size="sm" c="green" role="status">
          {bulkResult}
        </Text>
      ) : null}
      {selection && selectedIds.length > 0 ? (
        <BulkBar
          ids={selectedIds}
          canEdit={canEdit}
          canDelete={canDelete}
          users={activeUsers}
          total={selectedIds.length === items.length ? total : undefined}
          match={Object.fromEntries(Object.entries(listParams(filters, list.sort)).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)]))}
          onClear={() => setSelected(new Set())}
          onDone={async ({ updated, skipped }) => {
            setSelected(new Set());
            setBulkResult(t('clients.bulk.result', { updated: formatNumber(updated), skipped: formatNumber(skipped), count: skipped }));
            // The records changed (owner, tags, status or trash): show them as they are now.
            await reloadLists();
          }}
          onMerged={() => {
            setSelected(new Set());
            void reloadLists();
          }}
        />
      ) : null}
      <Paper withBorder radius="md" style={{ overflow: 'hidden', opacity: query.isPlaceholderData ? 0.6 : 1 }}>
        {body}
      </Paper>
      {query.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} data-testid="load-more">
            {t('clients.list.loadMore', { shown: formatNumber(items.length), total: total !== undefined ? formatNumber(total) : '…' })}
          </Button>
        </Group>
      ) : null}
      <screens.Form opened={creating} onClose={closeCreate} initialName={initialName} />
    </Stack>
  );
}

function toggled(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
