import type { TFunction } from 'i18next';
import type { FieldFormat } from '../../components/history/changes';

/** Bookkeeping columns derived from the record on every write: nothing a reader changed. */
const HIDDEN = new Set(['owner_department_id', 'sort_name', 'name_key', 'tax_id_key', 'last_activity_at', 'lastActivityAt', 'created_by', 'deleted_by', 'merged_into_id', 'workspace_id']);

const LABELS: Record<string, string> = {
  first_name: 'contacts.fields.firstName',
  firstName: 'contacts.fields.firstName',
  middle_name: 'contacts.fields.middleName',
  middleName: 'contacts.fields.middleName',
  last_name: 'contacts.fields.lastName',
  lastName: 'contacts.fields.lastName',
  display_name: 'contacts.fields.displayName',
  displayName: 'contacts.fields.displayName',
  position: 'contacts.fields.position',
  birthday: 'contacts.fields.birthday',
  status: 'clients.fields.status',
  name: 'companies.fields.name',
  legal_name: 'companies.fields.legalName',
  legalName: 'companies.fields.legalName',
  tax_id: 'companies.fields.taxId',
  taxId: 'companies.fields.taxId',
  industry: 'companies.fields.industry',
  size: 'companies.fields.size',
  owner_id: 'clients.fields.owner',
  ownerId: 'clients.fields.owner',
  owner: 'clients.fields.owner',
  phones: 'clients.fields.phones',
  emails: 'clients.fields.emails',
  messengers: 'clients.fields.messengers',
  addresses: 'clients.fields.addresses',
  website: 'clients.fields.website',
  tags: 'clients.fields.tags',
  notes: 'clients.fields.notes',
  source: 'clients.fields.source',
  custom: 'clients.form.customFields',
};

function parsed(value: unknown): unknown {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Names and values of contact and company fields in the history panel. */
export function clientHistoryFormat(t: TFunction, customLabels: Record<string, string>, userName: (id: string) => string | undefined): FieldFormat {
  return {
    hidden: (path) => HIDDEN.has(path.split('.')[0] ?? path),
    label: (path) => {
      const [head, key] = path.split('.');
      if (head === 'custom' && key) return customLabels[key] ?? key;
      const label = head ? LABELS[head] : undefined;
      return label ? t(label) : undefined;
    },
    value: (path, raw) => {
      const value = parsed(raw);
      const head = path.split('.')[0];
      if ((head === 'owner_id' || head === 'ownerId') && typeof value === 'string') return userName(value) ?? value;
      if (head === 'status' && typeof value === 'string') return t(`clients.status.${value}`, { defaultValue: value });
      if (Array.isArray(value)) {
        return value
          .map((item) => {
            if (typeof item === 'string') return item;
            if (item && typeof item === 'object') {
              const o = item as Record<string, unknown>;
              if (typeof o.value === 'string') return o.value;
              return ['street', 'city', 'region', 'postcode', 'country'].map((k) => o[k]).filter((v) => typeof v === 'string' && v).join(', ');
            }
            return JSON.stringify(item);
          })
          .join('; ') || '—';
      }
      if (head === 'custom' && value && typeof value === 'object') return JSON.stringify(value);
      return undefined;
    },
  };
}
