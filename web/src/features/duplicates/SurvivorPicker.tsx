import { Badge, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { formatShortDate } from '../../i18n/format';
import { recordTitle, type MergeableRecord } from './mergeRecord';
import { RecordLetter } from './RecordLetter';

interface SurvivorPickerProps {
  records: MergeableRecord[];
  value: string;
  onChange: (id: string) => void;
}

/** Which record stays (the others are merged into it and go to the trash). */
export function SurvivorPicker({ records, value, onChange }: SurvivorPickerProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Radio.Group label={t('merge.survivor')} description={t('merge.survivorHint')} value={value} onChange={onChange}>
      <SimpleGrid cols={{ base: 1, sm: Math.min(records.length, 3) }} spacing="sm" mt="xs">
        {records.map((record, index) => {
          const phone = record.phones?.[0]?.display ?? record.phones?.[0]?.value;
          const email = record.emails?.[0]?.value;
          return (
            <Radio.Card
              key={record.id}
              value={record.id}
              radius="md"
              p="sm"
              aria-label={recordTitle(record)}
              data-testid="merge-survivor"
              // A card is a button, which centres its content; the cards line up at the top instead.
              style={{ display: 'flex', alignItems: 'flex-start' }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm" style={{ flex: 1, minWidth: 0 }}>
                <Radio.Indicator mt={2} />
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap={6} wrap="nowrap">
                    <RecordLetter index={index} />
                    <Text fw={600} size="sm" truncate>
                      {recordTitle(record)}
                    </Text>
                  </Group>
                  {phone ? (
                    <Text size="xs" c="dimmed" truncate>
                      {phone}
                    </Text>
                  ) : null}
                  {email ? (
                    <Text size="xs" c="dimmed" truncate>
                      {email}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('merge.createdOn', { date: formatShortDate(record.createdAt, me.timeZone) })}
                  </Text>
                  {record.id === value ? (
                    <Badge size="xs" variant="light" color="green" mt={2}>
                      {t('merge.kept')}
                    </Badge>
                  ) : null}
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
