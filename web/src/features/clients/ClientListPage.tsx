import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearchOff } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatNumber } from '../../i18n/format';
import { NoAccess } from '../settings/NoAccess';
import { useAbilities } from '../settings/access';
import { useAllUsers } from '../users/users.api';
import { BulkBar } from './BulkBar';
import { ClientCardList } from './ClientCardList';
import { ClientTable } from './ClientTable';
import { useClientList, useReloadClientLists } from './clients.api';
import { modulePath, moduleOf, recordTitle, type ClientEntity, type ClientListItem } from './clientTypes';
import { customColumns, type ColumnDef } from './columns';
import { useFieldDefs } from './fieldDefs';
import { isFiltered, listParams } from './listQuery';
import { ListSkeleton } from './ListSkeleton';
import { ListToolbar } from './ListToolbar';
import { useColumnChoice } from './useColumnChoice';
import { useIsPhone } from './useIsPhone';
import { useListState } from './useListState';

/** What a create form needs from the list that opens it. */
export interface CreateFormProps {
  opened: boolean;
  onClose: () => void;
  /** A name to start with (from "create from search"). */
  initialName?: string;
}

export interface ListConfig<T extends ClientListItem> {
  entity: ClientEntity;
  /** Standard columns besides the name, in table order. */
  columns: (t: TFunction, timeZone: string) => ColumnDef<T>[];
  defaultColumns: string[];
  /** A line under the name in the table (position, legal name). */
  subtitle: (item: T) => string | null;
  /** Lines of a card on phones. */
  cardDetails: (item: T) => ReactNode;
  CreateForm: ComponentType<CreateFormProps>;
}

/** A list of contacts or companies: search, filters, saved views, columns, sort, bulk actions, export, pages. */
export function ClientListPage<T extends ClientListItem>({ config }: { config: ListConfig<T> }) {
  const { entity } = config;
  const reloadLists = useReloadClientLists(entity);
  const ns = entity === 'contact' ? 'contacts' : 'companies';
  const { t } = useTranslation();
  const me = useCurrentUser();
  const abilities = useAbilities();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const isPhone = useIsPhone();
  const { defs } = useFieldDefs(entity);
  const allUsers = useAllUsers();
  const module = moduleOf(entity);

  const standard = useMemo(() => config.columns(t, me.timeZone), [config, t, me.timeZone]);
  const allColumns = useMemo(() => [...standard, ...customColumns<T>(defs)], [standard, defs]);
  const [columnKeys, setColumnKeys] = useColumnChoice(entity, config.defaultColumns);
  const list = useListState(entity, setColumnKeys);
  const [filters] = useDebouncedValue(list.filters, 300);
  const query = useClientList<T>(entity, filters, list.sort);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResult, setBulkResult] = useState<string | null>(null);
  const [creating, setCreating] = useState(params.get('new') === '1');
  const initialName = params.get('name') ?? undefined;

  const users = (allUsers.data ?? []).map((user) => ({ value: user.id, label: user.name }));
  const activeUsers = (allUsers.data ?? []).filter((user) => user.isActive).map((user) => ({ value: user.id, label: user.name }));
  const canCreate = abilities.can(module, 'create');
  // Changing many records at once is a right of its own (`bulk`), on top of edit or delete.
  const canBulk = abilities.can(module, 'bulk');
  const canEdit = canBulk && abilities.can(module, 'edit');
  const canDelete = canBulk && abilities.can(module, 'delete');
  const canExport = abilities.can(module, 'export');
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (isApiError(query.error) && query.error.status === 403) return <NoAccess />;

  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total;
  const visibleColumns = columnKeys.map((key) => allColumns.find((column) => column.key === key)).filter((column): column is ColumnDef<T> => !!column);
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
    <Button leftSection={<IconPlus size={size ? 20 : 16} />} size={size} onClick={() => setCreating(true)} data-testid={`add-${entity}`}>
      {t(`${ns}.add`)}
    </Button>
  );

  const renderName = (item: T) => (
    <Stack gap={0}>
      <Anchor component={Link} to={`${modulePath(entity)}/${item.id}`} fw={600} size="sm" data-testid="record-link">
        {recordTitle(item)}
      </Anchor>
      {config.subtitle(item) ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {config.subtitle(item)}
        </Text>
      ) : null}
    </Stack>
  );

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
    body = <ClientCardList items={items} href={(item) => `${modulePath(entity)}/${item.id}`} title={recordTitle} details={config.cardDetails} selection={selection} />;
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
        {canCreate ? createButton() : null}
      </Group>
      {notice ? (
        <Text size="sm" c="green" role="status">
          {notice}
        </Text>
      ) : null}
      <ListToolbar
        entity={entity}
        list={list}
        defs={defs}
        users={users}
        columns={allColumns}
        columnKeys={columnKeys}
        onColumns={setColumnKeys}
        defaultColumns={config.defaultColumns}
        canExport={canExport}
        showColumns={!isPhone}
      />
      {bulkResult ? (
        <Text size="sm" c="green" role="status">
          {bulkResult}
        </Text>
      ) : null}
      {selection && selectedIds.length > 0 ? (
        <BulkBar
          entity={entity}
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
      <config.CreateForm opened={creating} onClose={closeCreate} initialName={initialName} />
    </Stack>
  );
}

function toggled(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
