import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconEyeOff, IconGitMerge, IconRefreshAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, formatShortDate } from '../../i18n/format';
import { cardPath, type ClientEntity, type DuplicatePair, type PairSide } from './duplicates.api';
import { evidenceText, formatPhoneValue, pairEvidence } from './evidenceText';
import { RecordLetter } from './RecordLetter';

function scoreColor(score: number): string {
  if (score >= 90) return 'red';
  if (score >= 70) return 'orange';
  return 'yellow';
}

interface PairCardProps {
  entity: ClientEntity;
  pair: DuplicatePair;
  /** Owner names by id; a side whose owner is not in it shows no owner. */
  owners: ReadonlyMap<string, string>;
  canEdit: boolean;
  pending: boolean;
  onMerge: () => void;
  onDismiss: () => void;
}

function Side({ entity, side, index, owner }: { entity: ClientEntity; side: PairSide; index: number; owner: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-default-hover)">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <RecordLetter index={index} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={cardPath(entity, side.id)} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="pair-record">
            {side.title}
          </Anchor>
          {side.subtitle ? (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {side.subtitle}
            </Text>
          ) : null}
          {side.phones.length + side.emails.length > 0 ? (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }} data-testid="pair-side-points">
              {[...side.phones.map(formatPhoneValue), ...side.emails].join(' · ')}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[owner ? t('duplicates.owner', { name: owner }) : null, side.createdAt ? t('duplicates.created', { date: formatShortDate(side.createdAt) }) : null]
              .filter((part) => part !== null)
              .join(' · ')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** "Not a duplicate" and "Merge" for one pair. */
function Actions({ names, pending, onMerge, onDismiss }: { names: string; pending: boolean; onMerge: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end" ml="auto">
      <Button variant="subtle" color="gray" size="xs" leftSection={<IconEyeOff size={14} />} onClick={onDismiss} loading={pending} aria-label={t('duplicates.dismissNamed', { names })}>
        {t('duplicates.dismiss')}
      </Button>
      <Button size="xs" leftSection={<IconGitMerge size={14} />} onClick={onMerge} disabled={pending} aria-label={t('duplicates.mergeNamed', { names })}>
        {t('duplicates.merge')}
      </Button>
    </Group>
  );
}

/** Two records that look like one, side by side: how sure, why (in words), and what to do. */
export function PairCard({ entity, pair, owners, canEdit, pending, onMerge, onDismiss }: PairCardProps) {
  const { t } = useTranslation();
  const names = `${pair.a.title} / ${pair.b.title}`;
  const evidence = pairEvidence(pair.evidence, pair.details);
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={names} data-testid="duplicate-pair">
      <Stack gap="sm">
        <Group gap={6}>
          <Badge color={scoreColor(pair.score)} variant="filled" tt="none" size="lg">
            {t('duplicates.score', { score: formatNumber(pair.score / 100, { style: 'percent' }) })}
          </Badge>
          {pair.reappeared ? (
            <Badge color="grape" variant="light" tt="none" size="lg" leftSection={<IconRefreshAlert size={14} aria-hidden />}>
              {t('duplicates.reappeared')}
            </Badge>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Side entity={entity} side={pair.a} index={0} owner={owners.get(pair.a.ownerId)} />
          <Side entity={entity} side={pair.b} index={1} owner={owners.get(pair.b.ownerId)} />
        </SimpleGrid>
        <Group gap="sm" justify="space-between" align="flex-end">
          <List size="sm" spacing={2} data-testid="pair-evidence" aria-label={t('duplicates.why')} style={{ flex: '1 1 260px', minWidth: 0 }}>
            {evidence.map((detail) => (
              <List.Item key={`${detail.kind}:${detail.value ?? ''}`} style={{ overflowWrap: 'anywhere' }}>
                {evidenceText(t, detail, entity)}
              </List.Item>
            ))}
          </List>
          {canEdit ? <Actions names={names} pending={pending} onMerge={onMerge} onDismiss={onDismiss} /> : null}
        </Group>
      </Stack>
    </Paper>
  );
}
