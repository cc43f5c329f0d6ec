import type { ReactNode } from 'react';
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconLinkOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../clients/formatDay';

export interface LinkRow {
  linkId: string;
  /** null: a record the user may not see. */
  target: { id: string; title: string } | null;
  role: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

interface LinksPanelProps {
  title: string;
  rows: LinkRow[];
  /** `/companies` or `/contacts`. */
  basePath: string;
  emptyText: string;
  addLabel: string;
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (row: LinkRow) => void;
  onRemove: (row: LinkRow) => void;
  extraAction?: ReactNode;
}


/** A contact's companies or a company's people, each with a role and dates. */
export function LinksPanel({ title, rows, basePath, emptyText, addLabel, canEdit, onAdd, onEdit, onRemove, extraAction }: LinksPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="links-panel">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Group gap={4}>
          {extraAction}
          {canEdit ? (
            <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={onAdd} data-testid="add-link">
              {addLabel}
            </Button>
          ) : null}
        </Group>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap="xs">
          {rows.map((row) => {
            const dates = [row.startedOn ? formatDay(row.startedOn) : null, row.endedOn ? formatDay(row.endedOn) : null];
            const period = dates[0] || dates[1] ? `${dates[0] ?? '…'} – ${dates[1] ?? t('clients.links.now')}` : null;
            return (
              <Group key={row.linkId} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  {row.target ? (
                    <Anchor component={Link} to={`${basePath}/${row.target.id}`} size="sm" fw={500}>
                      {row.target.title}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('clients.links.hidden')}
                    </Text>
                  )}
                  {row.role || period ? (
                    <Text size="xs" c="dimmed">
                      {[row.role, period].filter(Boolean).join(' · ')}
                    </Text>
                  ) : null}
                </Stack>
                {canEdit ? (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('clients.links.edit')}>
                      <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => onEdit(row)} aria-label={t('clients.links.editOf', { name: row.target?.title ?? '' })}>
                        <IconPencil size={14} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('clients.links.remove')}>
                      <ActionIcon variant="subtle" color="red" size="sm" onClick={() => onRemove(row)} aria-label={t('clients.links.removeOf', { name: row.target?.title ?? '' })}>
                        <IconLinkOff size={14} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
