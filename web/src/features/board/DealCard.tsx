import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionIcon, Badge, Group, Menu, Paper, Text } from '@mantine/core';
import { IconArrowsMove, IconClockExclamation } from '@tabler/icons-react';
import { formatMoney } from '../../i18n/format';
import { NoNextStepBadge } from '../activities/NoNextStepBadge';
import type { BoardDeal, Stage } from './board.api';
import classes from './Board.module.css';

export interface DealCardProps {
  deal: BoardDeal;
  /** Stages the "Move to…" menu offers (every active stage but the card's own). */
  stages: Stage[];
  onMoveTo: (deal: BoardDeal, stageId: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>, deal: BoardDeal) => void;
  dragging?: boolean;
  /** The copy under the pointer while dragging. */
  overlay?: boolean;
}

/** A deal on the board: title, client, amount, owner, tags; highlighted when rotting. */
export const DealCard = memo(function DealCard({ deal, stages, onMoveTo, onKeyDown, dragging, overlay }: DealCardProps) {
  const { t } = useTranslation();
  const client = deal.company?.name ?? deal.firstPerson?.name ?? null;
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      className={classes.card}
      data-rotting={deal.rotting || undefined}
      data-dragging={dragging || undefined}
      data-overlay={overlay || undefined}
      data-deal-id={overlay ? undefined : deal.id}
      tabIndex={overlay ? -1 : 0}
      role="group"
      aria-roledescription={t('board.cardRole')}
      aria-label={t('board.cardLabel', { title: deal.title, amount: (deal.amount === undefined ? '—' : formatMoney(deal.amount, deal.currency)), stage: deal.stage.name })}
      aria-describedby="board-keyboard-help"
      onKeyDown={onKeyDown ? (event) => onKeyDown(event, deal) : undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Text component={Link} to={`/deals/${deal.id}`} fw={600} size="sm" lineClamp={2} className={classes.title} draggable={false} tabIndex={-1}>
          {deal.title}
        </Text>
        {!overlay && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" size="sm" aria-label={t('board.moveTo', { title: deal.title })} data-no-drag>
                <IconArrowsMove size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('board.moveToLabel')}</Menu.Label>
              {stages.filter((s) => s.id !== deal.stage.id).map((s) => (
                <Menu.Item key={s.id} onClick={() => onMoveTo(deal, s.id)}>{s.name}</Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {client && <Text size="xs" c="dimmed" truncate>{client}</Text>}
      <Group justify="space-between" gap={4} mt={4} wrap="nowrap">
        <Text size="sm" fw={500}>{(deal.amount === undefined ? '—' : formatMoney(deal.amount, deal.currency))}</Text>
        <Text size="xs" c="dimmed" truncate>{deal.owner.name}</Text>
      </Group>
      {(deal.rotting || deal.noNextStep || deal.tags.length > 0) && (
        <Group gap={4} mt={4}>
          {deal.rotting && (
            <Badge size="xs" color="red" variant="light" leftSection={<IconClockExclamation size={10} />}>{t('board.rotting')}</Badge>
          )}
          {deal.noNextStep && <NoNextStepBadge size="xs" />}
          {deal.tags.slice(0, 3).map((tag) => <Badge key={tag} size="xs" variant="outline">{tag}</Badge>)}
          {deal.tags.length > 3 && <Text size="xs" c="dimmed">+{deal.tags.length - 3}</Text>}
        </Group>
      )}
    </Paper>
  );
});
