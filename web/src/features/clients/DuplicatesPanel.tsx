import { useEffect, useRef } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordPath } from '../../records/registry';
import type { DuplicateCandidate } from './clientTypes';

interface DuplicatesPanelProps {
  entity: string;
  items: DuplicateCandidate[];
  onSaveAnyway: () => void;
  onOpen: () => void;
  pending: boolean;
}

/** Records that look like the one being saved: open one of them instead, or save anyway. */
export function DuplicatesPanel({ entity, items, onSaveAnyway, onOpen, pending }: DuplicatesPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The panel appears at the bottom of a long form: bring it into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  return (
    <Alert ref={ref} color="orange" icon={<IconCopy size={18} />} title={t('clients.duplicates.title', { count: items.length })} data-testid="duplicates-panel">
      <Stack gap="xs">
        <Text size="sm">{t('clients.duplicates.text')}</Text>
        {items.slice(0, 5).map((item) => (
          <Group key={item.id} gap="xs" justify="space-between" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {item.title}
              </Text>
              <Group gap={4}>
                {item.reasons.map((reason) => (
                  <Badge key={reason} size="xs" variant="light" color="orange">
                    {t(`clients.duplicates.reasons.${reason}`, { defaultValue: reason })}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Anchor component={Link} to={recordPath(entity, item.id)} size="sm" onClick={onOpen} style={{ flexShrink: 0 }}>
              {t('clients.duplicates.open')}
            </Anchor>
          </Group>
        ))}
        <Group justify="flex-end">
          <Button size="xs" color="orange" variant="light" onClick={onSaveAnyway} loading={pending} data-testid="save-anyway">
            {t('clients.duplicates.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
