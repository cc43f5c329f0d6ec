import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { CustomFieldValue } from '../custom-fields/CustomFieldValue';
import { formatShortDate } from '../../i18n/format';
import type { ClientListItem } from './clientTypes';
import type { FieldDef } from './fieldDefs';
import { PhoneLink } from './PhoneLink';
import { TagList } from './TagList';

/** One column of a record list: its label, what it sorts by (if it can) and how a cell looks. */
export interface ColumnDef<T> {
  key: string;
  label: string;
  /** The API's `sort` value when it is not the key; the list sorts a column only where the server's metadata allows. */
  sortField?: string;
  /** `false` for a column that never sorts (a multi-select custom field), whatever the type allows. */
  sortable?: boolean;
  render: (item: T) => ReactNode;
}

export const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

function text(value: string | null | undefined): ReactNode {
  return value ? value : dash;
}

function date(value: string | null, timeZone: string): ReactNode {
  return value ? <span style={{ whiteSpace: 'nowrap' }}>{formatShortDate(value, timeZone)}</span> : dash;
}

/** Columns both contacts and companies have. */
export function commonColumns<T extends ClientListItem>(t: TFunction, timeZone: string): Record<string, ColumnDef<T>> {
  return {
    phone: { key: 'phone', label: t('clients.fields.phone'), render: (item) => (item.primaryPhone ? <PhoneLink phone={item.primaryPhone} /> : dash) },
    email: {
      key: 'email',
      label: t('clients.fields.email'),
      render: (item) =>
        item.primaryEmail ? (
          <Anchor href={`mailto:${item.primaryEmail}`} size="sm" onClick={(event) => event.stopPropagation()}>
            {item.primaryEmail}
          </Anchor>
        ) : (
          dash
        ),
    },
    owner: { key: 'owner', label: t('clients.fields.owner'), render: (item) => item.owner.name },
    tags: { key: 'tags', label: t('clients.fields.tags'), render: (item) => (item.tags.length ? <TagList tags={item.tags} max={3} nowrap /> : dash) },
    website: { key: 'website', label: t('clients.fields.website'), render: (item) => text(item.website) },
    source: { key: 'source', label: t('clients.fields.source'), render: (item) => text(item.source) },
    lastActivityAt: { key: 'lastActivityAt', label: t('clients.fields.lastActivityAt'), render: (item) => date(item.lastActivityAt, timeZone) },
    createdAt: { key: 'createdAt', label: t('clients.fields.createdAt'), render: (item) => date(item.createdAt, timeZone) },
    updatedAt: { key: 'updatedAt', label: t('clients.fields.updatedAt'), render: (item) => date(item.updatedAt, timeZone) },
  };
}

/** A column per active custom field, keyed `custom.<key>`. */
export function customColumns<T extends { custom?: Record<string, unknown> }>(defs: FieldDef[]): ColumnDef<T>[] {
  return defs.map((def) => ({
    key: `custom.${def.key}`,
    label: def.label,
    sortable: def.type !== 'multi_select',
    render: (item) => {
      const value = item.custom?.[def.key];
      return value === undefined || value === null || value === '' ? dash : <CustomFieldValue def={def} value={value} />;
    },
  }));
}
