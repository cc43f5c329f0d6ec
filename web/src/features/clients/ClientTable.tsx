import { useCallback, useState, type CSSProperties, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { Checkbox, Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from './columns';
import type { ListSort } from './listQuery';
import { MIN_COLUMN_WIDTH, type Density } from './useListPrefs';
import { useRowKeys } from './useRowKeys';
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
  density: Density;
  /** Widths a person dragged, by column key (`name` for the name column). */
  widths: Record<string, number>;
  onResize: (key: string, width: number) => void;
  /** Opens a record (Enter on the active row). */
  onOpen: (item: T) => void;
}

function SortHeader({ label, field, sort, onSort }: { label: string; field: string; sort: ListSort; onSort: (sort: ListSort) => void }) {
  const active = sort.field === field;
  const Icon = active ? (sort.direction === 'asc' ? IconArrowUp : IconArrowDown) : IconArrowsSort;
  return (
    <UnstyledButton
      className={classes.sort}
      onClick={() => onSort({ field, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      data-active={active || undefined}
      data-testid={`sort-${field}`}
    >
      <Group gap={4} wrap="nowrap">
        {label}
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.4} />
      </Group>
    </UnstyledButton>
  );
}

/** The drag handle on a header's right edge: the column takes the width it is let go at. */
function ResizeHandle({ label, onResize }: { label: string; onResize: (width: number) => void }) {
  const { t } = useTranslation();
  const start = (event: ReactPointerEvent<HTMLSpanElement>) => {
    const th = event.currentTarget.parentElement;
    if (!th) return;
    event.preventDefault();
    const from = event.clientX;
    const width = th.getBoundingClientRect().width;
    const move = (e: PointerEvent) => {
      th.style.width = `${Math.max(MIN_COLUMN_WIDTH, width + e.clientX - from)}px`;
    };
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      onResize(width + e.clientX - from);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return <span className={classes.resize} onPointerDown={start} role="separator" aria-orientation="vertical" aria-label={t('clients.list.resize', { column: label })} />;
}

const sized = (width: number | undefined): CSSProperties | undefined => (width ? { width, minWidth: width, maxWidth: width } : undefined);

/**
 * A page of records as a table: sortable headers, optional row checkboxes, the chosen columns.
 * The name column stays in place while the table scrolls sideways; rows are compact unless the
 * person chose comfortable ones; j/k or the arrows move between rows and Enter opens one.
 */
export function ClientTable<T extends { id: string }>(props: ClientTableProps<T>) {
  const { label, items, nameLabel, renderName, itemTitle, columns, sort, onSort, selection, density, widths, onResize, onOpen } = props;
  const { t } = useTranslation();
  const ariaSort = (field?: string) => (field && sort.field === field ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const allChecked = selection !== undefined && items.length > 0 && items.every((item) => selection.selected.has(item.id));
  const someChecked = selection !== undefined && items.some((item) => selection.selected.has(item.id));
  const open = useCallback((index: number) => {
    const item = items[index];
    if (item) onOpen(item);
  }, [items, onOpen]);
  const rows = useRowKeys(items.length, open);
  const [scrolled, setScrolled] = useState(false);

  return (
    <Table.ScrollContainer minWidth={600} onScrollCapture={(event) => setScrolled((event.target as HTMLElement).scrollLeft > 0)}>
      <Table
        highlightOnHover
        verticalSpacing={density === 'compact' ? 4 : 'xs'}
        horizontalSpacing={density === 'compact' ? 6 : 'xs'}
        fz={density === 'compact' ? 'xs' : 'sm'}
        aria-label={label}
        className={classes.table}
        data-density={density}
        data-scrolled={scrolled || undefined}
        data-selectable={selection ? true : undefined}
        data-testid="client-table"
      >
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={40} className={classes.check}>
                <Checkbox
                  size="xs"
                  aria-label={t('clients.list.selectAll')}
                  checked={allChecked}
                  indeterminate={someChecked && !allChecked}
                  onChange={(event) => selection.onToggleAll(event.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            <Table.Th aria-sort={ariaSort('name')} className={classes.name} style={sized(widths.name)} data-testid="name-header">
              <SortHeader label={nameLabel} field="name" sort={sort} onSort={onSort} />
              <ResizeHandle label={nameLabel} onResize={(width) => onResize('name', width)} />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} aria-sort={ariaSort(column.sortField)} className={classes.column} style={sized(widths[column.key])}>
                {column.sortField ? <SortHeader label={column.label} field={column.sortField} sort={sort} onSort={onSort} /> : column.label}
                <ResizeHandle label={column.label} onResize={(width) => onResize(column.key, width)} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={rows.bodyRef}>
          {items.map((item, index) => (
            <Table.Tr
              key={item.id}
              data-row
              tabIndex={-1}
              data-active={rows.active === index || undefined}
              onFocus={() => rows.active !== index && rows.setActive(index, false)}
              bg={selection?.selected.has(item.id) ? 'var(--mantine-color-blue-light)' : undefined}
            >
              {selection ? (
                <Table.Td className={classes.check}>
                  <Checkbox
                    size="xs"
                    aria-label={t('clients.list.selectRow', { name: itemTitle(item) })}
                    checked={selection.selected.has(item.id)}
                    onChange={() => selection.onToggle(item.id)}
                  />
                </Table.Td>
              ) : null}
              <Table.Td className={classes.name}>
                <div className={classes.cell} style={sized(widths.name)}>{renderName(item)}</div>
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.key} className={classes.column}>
                  <div className={classes.cell} style={sized(widths[column.key])}>{column.render(item)}</div>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
