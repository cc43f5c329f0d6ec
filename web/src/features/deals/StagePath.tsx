import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Paper, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconArrowRight, IconThumbDown, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { formatDuration } from './duration';
import { LostDialog } from './LostDialog';
import { useDealStages, useMoveDeal, usePipelines, type Deal, type DealMove, type Stage } from './deals.api';
import { activeStages, firstOpenStage, nextStage } from './stages';

interface StagePathProps {
  record: Deal;
  /** Reloads the card (after a move, or after someone else's change). */
  onChanged: () => Promise<void>;
}

/**
 * Where the deal stands: its pipeline's stages as a path, the current one marked, the time spent in
 * each; and the moves from here (next stage, won, lost with a reason, reopen).
 */
export function StagePath({ record: deal, onChanged }: StagePathProps) {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const visits = useDealStages(deal.id, deal.version);
  const move = useMoveDeal();
  const [losing, setLosing] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const pathRef = useRef<HTMLOListElement | null>(null);
  // On a narrow screen the path scrolls sideways: bring the current stage into view.
  useEffect(() => {
    const list = pathRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (list && current) list.scrollLeft = Math.max(0, current.offsetLeft - list.offsetLeft - 24);
  }, [deal.stage.id, pipelines.data]);
  const pipeline = pipelines.data?.find((p) => p.id === deal.pipeline.id);
  if (!pipeline) return null;
  const stages = activeStages(pipeline, deal.stage.id);
  const spent = new Map<string, number>();
  for (const visit of visits.data ?? []) if (visit.pipelineId === pipeline.id) spent.set(visit.stageId, (spent.get(visit.stageId) ?? 0) + visit.durationMs);
  const currentIndex = stages.findIndex((stage) => stage.id === deal.stage.id);
  const canMove = deal.abilities.edit;
  const next = nextStage(stages, deal.stage.id);
  const won = stages.find((stage) => stage.kind === 'won');
  // Reopening goes back to the last open stage the deal was in, else to the first one.
  const lastOpen = [...(visits.data ?? [])].reverse().map((visit) => stages.find((stage) => stage.id === visit.stageId && stage.kind === 'open')).find(Boolean);
  const reopenTo = lastOpen ?? firstOpenStage(pipeline);

  async function moveTo(stage: Stage, extra: Partial<DealMove> = {}) {
    setMessage(null);
    try {
      await move.mutateAsync({ id: deal.id, move: { stageId: stage.id, version: deal.version, ...extra } });
      await onChanged();
    } catch (error) {
      // The lost dialog shows its own refusals (and the conflict, with its reload).
      if (extra.lostReasonId) throw error;
      if (isApiError(error) && error.status === 409) {
        // Someone moved or changed the deal first: show it as it is now.
        await onChanged();
        setMessage({ color: 'orange', text: t('deals.moves.conflict') });
      } else {
        setMessage({ color: 'red', text: apiErrorText(t, error) });
      }
      throw error;
    }
  }
  const quiet = (stage: Stage) => void moveTo(stage).catch(() => undefined);

  return (
    <Paper withBorder radius="md" p="md" data-testid="stage-path">
      <Group justify="space-between" align="center" gap="sm" mb="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          {pipeline.name}
        </Text>
        {canMove ? (
          <Group gap="xs" wrap="wrap">
            {deal.status === 'open' && next && next.kind === 'open' ? (
              <Button size="xs" variant="light" rightSection={<IconArrowRight size={14} />} loading={move.isPending} onClick={() => quiet(next)} data-testid="move-next">
                {t('deals.actions.next', { stage: next.name })}
              </Button>
            ) : null}
            {deal.status === 'open' && won ? (
              <Button size="xs" color="green" leftSection={<IconTrophy size={14} />} loading={move.isPending} onClick={() => quiet(won)} data-testid="mark-won">
                {t('deals.actions.markWon')}
              </Button>
            ) : null}
            {deal.status === 'open' && stages.some((stage) => stage.kind === 'lost') ? (
              <Button size="xs" color="red" variant="light" leftSection={<IconThumbDown size={14} />} onClick={() => setLosing(true)} data-testid="mark-lost">
                {t('deals.actions.markLost')}
              </Button>
            ) : null}
            {deal.status !== 'open' && reopenTo ? (
              <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} loading={move.isPending} onClick={() => quiet(reopenTo)} data-testid="reopen">
                {t('deals.actions.reopen', { stage: reopenTo.name })}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {/* It scrolls sideways on a phone: focusable, so the arrow keys can scroll it. */}
      <Box component="ol" ref={pathRef} tabIndex={0} aria-label={t('deals.card.stagePath')} style={{ display: 'flex', gap: 4, listStyle: 'none', margin: 0, padding: 0, overflowX: 'auto' }}>
        {stages.map((stage, index) => {
          const current = stage.id === deal.stage.id;
          const passed = index < currentIndex && stage.kind === 'open';
          const time = spent.get(stage.id);
          return (
            <Box
              component="li"
              key={stage.id}
              aria-current={current ? 'step' : undefined}
              data-testid={current ? 'stage-current' : 'stage'}
              style={{
                flex: '1 0 110px',
                minWidth: 110,
                padding: '6px 10px',
                borderRadius: 6,
                borderStyle: 'solid',
                borderWidth: '4px 1px 1px 1px',
                borderColor: `${stage.color} ${current ? stage.color : 'var(--mantine-color-default-border)'} ${current ? stage.color : 'var(--mantine-color-default-border)'}`,
                background: current ? `color-mix(in srgb, ${stage.color} 22%, transparent)` : passed ? 'var(--mantine-color-default-hover)' : 'transparent',
              }}
            >
              <Tooltip label={t('deals.card.probability', { n: stage.probability })} withinPortal>
                <UnstyledButton component="span" style={{ cursor: 'default' }}>
                  <Text size="sm" fw={current ? 700 : 500} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {stage.name}
                  </Text>
                </UnstyledButton>
              </Tooltip>
              <Text size="xs" c="dimmed" data-testid="stage-time">
                {time !== undefined ? formatDuration(time) : '\u00a0'}
              </Text>
            </Box>
          );
        })}
      </Box>
      {message ? (
        <Alert color={message.color} mt="sm" role="alert" data-testid="move-message" withCloseButton onClose={() => setMessage(null)} closeButtonLabel={t('common.close')}>
          {message.text}
        </Alert>
      ) : null}
      <LostDialog
        opened={losing}
        onClose={() => setLosing(false)}
        deal={deal}
        onReload={onChanged}
        onSubmit={async (reason) => {
          const lost = stages.find((stage) => stage.kind === 'lost');
          if (lost) await moveTo(lost, reason);
        }}
      />
    </Paper>
  );
}
