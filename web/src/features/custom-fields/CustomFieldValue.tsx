import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { formatDateTime, formatNumber, formatShortDate } from '../../i18n/format';
import { useAllUsers } from '../users/users.api';
import type { CustomFieldDefLike } from './customFields.api';
import { formatMoney, isMoney } from './money';

interface CustomFieldValueProps {
  def: CustomFieldDefLike;
  value: unknown;
}

const optionLabel = (def: CustomFieldDefLike, key: string) => def.options.find((o) => o.key === key)?.label ?? key;

function UserName({ id }: { id: string }) {
  const { t } = useTranslation();
  const users = useAllUsers();
  return <>{users.data?.find((u) => u.id === id)?.name ?? (users.isPending ? '…' : t('customFields.value.unknownUser'))}</>;
}

function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A custom field's value for reading: numbers, money and dates in the interface language (dates
 * and times in the user's time zone), option labels (a removed option shows its key), links for
 * web addresses, e-mails and phones, the colleague's name. Nothing for an empty value.
 */
export function CustomFieldValue({ def, value }: CustomFieldValueProps) {
  const { t } = useTranslation();
  const me = useMe();
  if (def.type === 'checkbox') return <>{value === true ? t('customFields.value.yes') : t('customFields.value.no')}</>;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  switch (def.type) {
    case 'number':
      return <>{typeof value === 'number' ? formatNumber(value) : String(value)}</>;
    case 'money':
      return <>{isMoney(value) ? formatMoney(value) : JSON.stringify(value)}</>;
    case 'date':
      // A calendar day has no time zone: read and shown as UTC so it never shifts a day.
      return <>{typeof value === 'string' ? formatShortDate(`${value}T00:00:00Z`, 'UTC') : String(value)}</>;
    case 'datetime':
      return <>{typeof value === 'string' ? formatDateTime(value, me.data?.timeZone) : String(value)}</>;
    case 'select':
      return <>{optionLabel(def, String(value))}</>;
    case 'multi_select':
      return (
        <Group gap={4} component="span" wrap="wrap">
          {(Array.isArray(value) ? value : [value]).map((key) => (
            <Badge key={String(key)} variant="light" size="sm" tt="none">
              {optionLabel(def, String(key))}
            </Badge>
          ))}
        </Group>
      );
    case 'user':
      return <UserName id={String(value)} />;
    case 'url': {
      const href = safeHref(String(value));
      return href ? <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">{String(value)}</Anchor> : <>{String(value)}</>;
    }
    case 'email':
      return <Anchor href={`mailto:${String(value)}`}>{String(value)}</Anchor>;
    case 'phone':
      return <Anchor href={`tel:${String(value).replace(/[^\d+]/g, '')}`}>{String(value)}</Anchor>;
    case 'long_text':
      return (
        <Text component="span" inherit style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {String(value)}
        </Text>
      );
    default:
      return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
  }
}
