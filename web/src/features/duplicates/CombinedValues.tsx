import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientEntity } from './duplicates.api';
import type { MergeableRecord } from './mergeRecord';

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function Line({ label, values }: { label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" fw={500} w={{ base: 90, xs: 120 }} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Group gap={6} style={{ flex: 1, minWidth: 0 }}>
        {values.map((value) => (
          <Badge key={value} variant="light" color="gray" size="lg" tt="none" fw={500} maw="100%">
            {value}
          </Badge>
        ))}
      </Group>
    </Group>
  );
}

/** What the kept record gets from all of them: every phone, email, messenger, address and tag, once. */
export function CombinedValues({ entity, records }: { entity: ClientEntity; records: MergeableRecord[] }) {
  const { t } = useTranslation();
  const phones = unique(records.flatMap((record) => record.phones ?? []), (phone) => phone.e164 ?? phone.value).map((phone) => phone.display || phone.value);
  const emails = unique(records.flatMap((record) => record.emails ?? []), (email) => email.value.toLowerCase()).map((email) => email.value);
  const messengers = unique(records.flatMap((record) => record.messengers ?? []), (m) => `${m.type}:${m.value.toLowerCase()}`).map((m) => `${m.type}: ${m.value}`);
  const addresses = unique(
    records.flatMap((record) => record.addresses ?? []).map((address) => [address.street, address.city, address.region, address.postcode, address.country].filter(Boolean).join(', ')),
    (text) => text.toLowerCase(),
  ).filter(Boolean);
  const tags = unique(records.flatMap((record) => record.tags ?? []), (tag) => tag.toLowerCase());
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('merge.combinedTitle')}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`merge.combinedText_${entity}`)}
      </Text>
      <Line label={t('merge.combined.phones')} values={phones} />
      <Line label={t('merge.combined.emails')} values={emails} />
      <Line label={t('merge.combined.messengers')} values={messengers} />
      <Line label={t('merge.combined.addresses')} values={addresses} />
      <Line label={t('merge.combined.tags')} values={tags} />
    </Stack>
  );
}
