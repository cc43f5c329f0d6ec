import type { ReactNode } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { displayName } from '../../i18n/format';
import type { Address, Email, Messenger, Phone } from './clientTypes';
import type { FieldRow } from './FieldRows';
import { messengerHref, websiteHref } from './links';
import { PhoneLink } from './PhoneLink';
import { MaskedPhone, type CallPhone } from './MaskedPhone';

/** `RU` → "Russia" in the interface language; anything else as typed. */
function countryName(country: string | undefined): string | undefined {
  return country && /^[A-Z]{2}$/.test(country) ? displayName(country, 'region') : country;
}

function typed(label: string, node: ReactNode, key: string) {
  return (
    <Text key={key} size="sm" component="div">
      {node}{' '}
      <Text span size="xs" c="dimmed">
        {label}
      </Text>
    </Text>
  );
}

/**
 * Card rows for phones (tel:), emails (mailto:), messengers, addresses and the website. A field the
 * viewer's role hides is absent; a masked phone shows its mask and a Call button, a masked email no link.
 */
export function pointRows(
  t: TFunction,
  record: { phones?: Phone[]; emails?: Email[]; messengers?: Messenger[]; addresses?: Address[]; website: string | null },
  call?: CallPhone,
): FieldRow[] {
  const rows: FieldRow[] = [];
  const phone = (p: Phone, i: number) => (p.masked && call ? <MaskedPhone phone={p} index={i} call={call} /> : <PhoneLink phone={p} />);
  if (record.phones?.length)
    rows.push({
      key: 'phones',
      label: t('clients.fields.phones'),
      value: <Stack gap={2}>{record.phones.map((p, i) => typed(t(`clients.phoneTypes.${p.type}`), phone(p, i), `${i}`))}</Stack>,
    });
  if (record.emails?.length)
    rows.push({
      key: 'emails',
      label: t('clients.fields.emails'),
      value: (
        <Stack gap={2}>
          {record.emails.map((email, i) => typed(t(`clients.emailTypes.${email.type}`), email.masked ? email.value : <Anchor href={`mailto:${email.value}`} size="sm">{email.value}</Anchor>, `${i}`))}
        </Stack>
      ),
    });
  if (record.messengers?.length)
    rows.push({
      key: 'messengers',
      label: t('clients.fields.messengers'),
      value: (
        <Stack gap={2}>
          {record.messengers.map((m, i) => {
            const href = messengerHref(m);
            const node = href ? <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">{m.value}</Anchor> : m.value;
            return typed(t(`clients.messengerTypes.${m.type}`), node, `${i}`);
          })}
        </Stack>
      ),
    });
  if (record.addresses?.length)
    rows.push({
      key: 'addresses',
      label: t('clients.fields.addresses'),
      value: (
        <Stack gap={4}>
          {record.addresses.map((a, i) => typed(t(`clients.addressTypes.${a.type}`), [a.street, a.city, a.region, a.postcode, countryName(a.country)].filter(Boolean).join(', '), `${i}`))}
        </Stack>
      ),
    });
  if (record.website) {
    const href = websiteHref(record.website);
    rows.push({
      key: 'website',
      label: t('clients.fields.website'),
      value: href ? <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow" size="sm">{record.website}</Anchor> : record.website,
    });
  }
  return rows;
}
