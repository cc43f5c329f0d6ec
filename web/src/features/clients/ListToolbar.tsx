import { useState } from 'react';
import { ActionIcon, Badge, Box, Button, Collapse, Group, Menu, Paper, Stack, TextInput } from '@mantine/core';
import { IconCopy, IconDots, IconFilter, IconLayoutList, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../imports/ExportDialog';
import { ImportMenuItem } from '../imports/ImportButton';
import type { Density } from './useListPrefs';
import { exportUrl } from './clients.api';
import { useRecordType } from '../../records/recordTypeContext';
import { ColumnChooser } from './ColumnChooser';
import type { FieldDef } from './fieldDefs';
import { FilterBar } from './FilterBar';
import { isCompleteFilter, toDefinition, type ListFilters, type ListSort } from './listQuery';
import { SavedViewsControl } from './SavedViewsControl';
import { useIsPhone } from './useIsPhone';
import type { SavedView } from './savedViews.api';

interface ListToolbarProps {
  list: {
    filters: ListFilters;
    sort: ListSort;
    viewId: string | null;
    setFilters: (filters: ListFilters) => void;
    applyView: (view: SavedView | null) => void;
  };
  defs: FieldDef[];
  users: Array<{ value: string; label: string }>;
  columns: Array<{ key: string; label: string }>;
  columnKeys: string[];
  onColumns: (keys: string[]) => void;
  defaultColumns: string[];
  showColumns: boolean;
  density: Density;
  onDensity: (density: Density) => void;
}

function activeFilterCount(filters: ListFilters): number {
  return (
    Object.values(filters.params).filter((values) => values.length > 0).length +
    (filters.ownerIds.length ? 1 : 0) +
    (filters.tags.length ? 1 : 0) +
    (filters.createdWithin ? 1 : 0) +
    (filters.noActivity ? 1 : 0) +
    filters.custom.filter(isCompleteFilter).length
  );
}

/** Search, the filter panel, saved views, the column chooser and export above a record list; what shows follows the type's metadata. */
export function ListToolbar({ list, defs, users, columns, columnKeys, onColumns, defaultColumns, showColumns, density, onDensity }: ListToolbarProps) {
  const { t } = useTranslation();
  const { registration, meta } = useRecordType();
  const { entityType, plural: ns } = registration;
  const count = activeFilterCount(list.filters);
  const [open, setOpen] = useState(count > 0);
  const isPhone = useIsPhone();

  // One line that never wraps (longer Russian and Bulgarian labels included): the search takes
  // what the buttons leave, and the rarer moves sit in the "more" menu. A phone puts the search on a line of its own.
  return (
    <Stack>
      <Group gap="sm" wrap={isPhone ? 'wrap' : 'nowrap'} data-testid="list-toolbar">
        {meta.features.search ? (
          <TextInput
            aria-label={t('clients.list.search')}
            placeholder={t(`${ns}.searchPlaceholder`)}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={list.filters.q}
            onChange={(event) => list.setFilters({ ...list.filters, q: event.currentTarget.value })}
            type="search"
            style={{ flex: isPhone ? '1 1 100%' : '1 1 160px', minWidth: 120 }}
            data-testid="list-search"
          />
        ) : null}
        {/* On a phone the saved views and the "more" menu take a line of their own above the buttons, so nothing is squeezed to nothing. */}
        <Group gap="sm" wrap={isPhone ? 'wrap' : 'nowrap'} style={{ flex: isPhone ? '1 1 100%' : '0 1 auto', minWidth: 0 }}>
          <Button
            variant={open ? 'light' : 'default'}
            leftSection={<IconFilter size={16} />}
            rightSection={count ? <Badge size="sm" circle>{count}</Badge> : null}
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            style={{ flexShrink: 0 }}
            data-testid="toggle-filters"
          >
            {t('clients.filters.title')}
          </Button>
          {meta.features.savedViews ? (
            <Box style={isPhone ? { flex: '1 1 0', minWidth: '60%', order: -1 } : { flex: '0 1 auto', minWidth: 0 }}>
              <SavedViewsControl entity={entityType} activeId={list.viewId} onApply={list.applyView} current={() => toDefinition(list.filters, list.sort, columnKeys)} />
            </Box>
          ) : null}
          {showColumns ? <ColumnChooser columns={columns} value={columnKeys} onChange={onColumns} defaults={defaultColumns} /> : null}
          {meta.abilities.export ? (
            <ExportButton baseUrl={exportUrl(entityType, list.filters, list.sort, showColumns ? columnKeys : undefined)} entityType={entityType} filterCount={count} />
          ) : null}
          <Menu position="bottom-end" shadow="md" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('clients.list.more')} style={{ flexShrink: 0, order: isPhone ? -1 : undefined }} data-testid="list-more">
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <ImportMenuItem plural={ns} module={meta.module} />
              {meta.features.merge ? (
                <Menu.Item component={Link} to={`/duplicates?entity=${entityType}`} leftSection={<IconCopy size={16} />} data-testid="open-duplicates">
                  {t('duplicates.title')}
                </Menu.Item>
              ) : null}
              {isPhone ? null : (
                <Menu.Item
                  leftSection={<IconLayoutList size={16} />}
                  onClick={() => onDensity(density === 'compact' ? 'comfortable' : 'compact')}
                  data-testid="density-toggle"
                >
                  {t(density === 'compact' ? 'clients.list.comfortableRows' : 'clients.list.compactRows')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Collapse in={open}>
        <Paper withBorder radius="md" p="sm">
          <FilterBar filters={list.filters} onChange={list.setFilters} defs={defs} users={users} />
        </Paper>
      </Collapse>
    </Stack>
  );
}
