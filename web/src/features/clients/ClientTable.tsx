import type { ReactNode } from 'react';
import { Checkbox, Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from './columns';
import type { ListSort } from './listQuery';
import classes from './ClientTable.module.css';

interface ClientTableProps<T extends { id: string }> {
  label: string;
  items: T[];
  nameLabel: string;
  renderName: (item: T) => ReactNode;
  itemTitle: (item: T) => string;
  columns: ColumnDef<T>[];
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  /** Absent when the user can do nothing in bulk: no checkboxes then. */
  selection?: { selected: Set<string>; onToggle: (id: string) => void; onToggleAll: (checked: boolean) => void };
}

function SortHeader({ label, field, sort, onSort }: { label: string; field: string; sort: ListSort; onSort: (sort: ListSort) => void }) {
  const active = sort.field === field;
  const Icon = active ? (sort.direction === 'asc' ? IconArrowUp : IconArrowDown) : IconArrowsSort;
  return (
    <UnstyledButton
      className={classes.sort}
      onClick={() => onSort({ field, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      data-active={active || undefined}
    >
      <Group gap={4} wrap="nowrap">
        {label}
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.4} />
      </Group>
    </UnstyledButton>
  );
}

/** A page of records as a table: sortable headers, optional row checkboxes, the chosen columns. */
export function ClientTable<T extends { id: string }>({ label, items, nameLabel, renderName, itemTitle, columns, sort, onSort, selection }: ClientTableProps<T>) {
  const { t } = useTranslation();
  const ariaSort = (field?: string) => (field && sort.field === field ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const allChecked = selection !== undefined && items.length > 0 && items.every((item) => selection.selected.has(item.id));
  const someChecked = selection !== undefined && items.some((item) => selection.selected.has(item.id));

  return (
    <Table.ScrollContainer minWidth={600}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={label} className={classes.table} data-testid="client-table">
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('clients.list.selectAll')}
                  checked={allChecked}
                  indeterminate={someChecked && !allChecked}
                  onChange={(event) => selection.onToggleAll(event.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            <Table.Th aria-sort={ariaSort('name')} className={classes.name}>
              <SortHeader label={nameLabel} field="name" sort={sort} onSort={onSort} />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} aria-sort={ariaSort(column.sortField)}>
                {column.sortField ? <SortHeader label={column.label} field={column.sortField} sort={sort} onSort={onSort} /> : column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} bg={selection?.selected.has(item.id) ? 'var(--mantine-color-blue-light)' : undefined}>
              {selection ? (
                <Table.Td>
                  <Checkbox
                    aria-label={t('clients.list.selectRow', { name: itemTitle(item) })}
                    checked={selection.selected.has(item.id)}
                    onChange={() => selection.onToggle(item.id)}
                  />
                </Table.Td>
              ) : null}
              <Table.Td className={classes.name}>{renderName(item)}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(item)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
