import { ActionIcon, Badge, ColorSwatch, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconGripVertical, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Stage } from './pipelines.api';

const KIND_COLORS = { open: 'blue', won: 'green', lost: 'red' } as const;

interface StageRowProps {
  stage: Stage;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onRetire: () => void;
}

/** One stage in the settings list: colour, name, kind, probability and rotting limit, with its buttons. */
export function StageRow({ stage, first, last, busy, onMove, onEdit, onRetire }: StageRowProps) {
  const { t } = useTranslation();
  const name = stage.name;
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" py="xs" px="sm" data-testid={`stage-${name}`}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <IconGripVertical size={16} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
        <ColorSwatch color={stage.color} size={16} aria-hidden style={{ flexShrink: 0 }} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Badge size="xs" variant="light" color={KIND_COLORS[stage.kind]}>
              {t(`pipelines.kinds.${stage.kind}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('pipelines.stage.probabilityShort', { value: stage.probability })}
            {' · '}
            {stage.rottingDays === null ? t('pipelines.stage.neverRots') : t('pipelines.stage.rotsAfter', { count: stage.rottingDays })}
          </Text>
        </Stack>
      </Group>
      <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
        <ActionIcon variant="subtle" aria-label={t('pipelines.stage.moveUp', { name })} disabled={first || busy} onClick={() => onMove(-1)}>
          <IconArrowUp size={16} />
        </ActionIcon>
        <ActionIcon variant="subtle" aria-label={t('pipelines.stage.moveDown', { name })} disabled={last || busy} onClick={() => onMove(1)}>
          <IconArrowDown size={16} />
        </ActionIcon>
        <Tooltip label={t('common.edit')}>
          <ActionIcon variant="subtle" aria-label={t('pipelines.stage.edit', { name })} disabled={busy} onClick={onEdit}>
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('pipelines.stage.retire')}>
          <ActionIcon variant="subtle" color="gray" aria-label={t('pipelines.stage.retireNamed', { name })} disabled={busy} onClick={onRetire}>
            <IconArchive size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
