import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isEmptyValue, type MergeField } from './mergeFields';
import { recordTitle, type MergeableRecord } from './mergeRecord';
import { RecordLetter, recordLetter } from './RecordLetter';

interface FieldChoiceProps {
  field: MergeField;
  records: MergeableRecord[];
  value: string;
  onChange: (recordId: string) => void;
}

/** One field that differs between the records: a radio per record, showing its value. */
export function FieldChoice({ field, records, value, onChange }: FieldChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={field.label} value={value} onChange={onChange} data-testid={`merge-field-${field.key}`}>
      <SimpleGrid cols={{ base: 1, sm: Math.min(records.length, 3) }} spacing="xs" verticalSpacing={6} mt={6}>
        {records.map((record, index) => {
          const raw = field.value(record);
          const empty = isEmptyValue(raw);
          const text = empty ? t('merge.empty') : field.format(raw);
          return (
            <Radio
              key={record.id}
              value={record.id}
              aria-label={t('merge.valueFrom', { field: field.label, value: text, record: `${recordLetter(index)} ${recordTitle(record)}` })}
              label={
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <RecordLetter index={index} />
                  <Text size="sm" c={empty ? 'dimmed' : undefined} fs={empty ? 'italic' : undefined} lineClamp={3} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                    {text}
                  </Text>
                </Group>
              }
            />
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
