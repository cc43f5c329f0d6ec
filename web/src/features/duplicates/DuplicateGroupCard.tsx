import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAt, IconEyeOff, IconGitMerge, IconId, IconPhone, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { cardPath, type ClientEntity, type DuplicateGroup } from './duplicates.api';
import { RecordLetter } from './RecordLetter';

const REASON_ICONS = { phone: IconPhone, email: IconAt, tax_id: IconId, name: IconUser } as const;

function scoreColor(score: number): string {
  if (score >= 90) return 'red';
  if (score >= 70) return 'orange';
  return 'yellow';
}

interface DuplicateGroupCardProps {
  entity: ClientEntity;
  group: DuplicateGroup;
  canMerge: boolean;
  onMerge: () => void;
  onHide: () => void;
}

/** Records that look like one: how sure, why, links to each, and what to do about them. */
export function DuplicateGroupCard({ entity, group, canMerge, onMerge, onHide }: DuplicateGroupCardProps) {
  const { t } = useTranslation();
  const names = group.records.map((record) => record.title).join(', ');
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={names} data-testid="duplicate-group">
      <Stack gap="sm">
        <Group gap={6}>
          <Badge color={scoreColor(group.score)} variant="filled" tt="none" size="lg">
            {t('duplicates.score', { score: formatNumber(group.score / 100, { style: 'percent' }) })}
          </Badge>
          {group.reasons.map((reason) => {
            const ReasonIcon = REASON_ICONS[reason] ?? IconUser;
            return (
              <Badge key={reason} variant="light" color="gray" tt="none" size="lg" fw={500} leftSection={<ReasonIcon size={14} aria-hidden />}>
                {t(`duplicates.reasons.${reason}`, { defaultValue: reason })}
              </Badge>
            );
          })}
        </Group>
        <Stack gap={6}>
          {group.records.map((record, index) => (
            <Group key={record.id} gap="xs" wrap="nowrap" align="flex-start">
              <RecordLetter index={index} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={cardPath(entity, record.id)} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {record.title}
                </Anchor>
                {record.subtitle ? (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {record.subtitle}
                  </Text>
                ) : null}
              </Stack>
            </Group>
          ))}
        </Stack>
        <Group gap="xs" justify="flex-end">
          <Button variant="subtle" color="gray" size="xs" leftSection={<IconEyeOff size={14} />} onClick={onHide} aria-label={t('duplicates.hideNamed', { names })}>
            {t('duplicates.hide')}
          </Button>
          {canMerge ? (
            <Button size="xs" leftSection={<IconGitMerge size={14} />} onClick={onMerge} aria-label={t('duplicates.mergeNamed', { names })}>
              {t('duplicates.merge')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
