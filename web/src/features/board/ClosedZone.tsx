import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { Group, Text, Title } from '@mantine/core';
import { IconThumbDown, IconTrophy } from '@tabler/icons-react';
import type { BoardColumn } from './board.api';
import { ColumnSums } from './ColumnSums';
import classes from './Board.module.css';

/** A won or lost stage at the end of the board: a place to drop a deal, with its count and sum. */
export function ClosedZone({ column }: { column: BoardColumn }) {
  const { t } = useTranslation();
  const { stage } = column;
  const drop = useDroppable({ id: `column:${stage.id}`, data: { stageId: stage.id } });
  const Icon = stage.kind === 'won' ? IconTrophy : IconThumbDown;
  return (
    <section
      ref={drop.setNodeRef}
      className={classes.zone}
      style={{ ['--stage-color' as string]: stage.color }}
      data-over={drop.isOver || undefined}
      data-stage-id={stage.id}
      aria-labelledby={`stage-${stage.id}`}
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap">
          <Icon size={16} color={stage.color} />
          <Title order={3} size="sm" id={`stage-${stage.id}`}>{stage.name}</Title>
        </Group>
        <Text size="sm" c="dimmed" data-testid="column-count" aria-label={t('board.dealCount', { total: column.count })}>{column.count}</Text>
      </Group>
      <ColumnSums amounts={column.amounts} />
      <Text size="xs" c="dimmed" mt={4}>{t(stage.kind === 'won' ? 'board.dropWon' : 'board.dropLost')}</Text>
    </section>
  );
}
