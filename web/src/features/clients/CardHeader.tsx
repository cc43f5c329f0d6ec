import type { ReactNode } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconMail, IconNote, IconPencil, IconPhone, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Abilities, Email, Phone, UserRef } from './clientTypes';

interface CardHeaderProps {
  backTo: string;
  backLabel: string;
  title: string;
  subtitle?: string | null;
  badge?: ReactNode;
  owner: UserRef;
  phones: Phone[];
  emails: Email[];
  abilities: Abilities;
  canAddNote: boolean;
  onAddNote: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** More buttons next to edit and delete (e.g. "Undo merge"). */
  extraActions?: ReactNode;
}

/** The top of a card: who this is, its owner, quick actions (note, call, email; activities are planned from the card's activities panel), edit and delete. */
export function CardHeader({ backTo, backLabel, title, subtitle, badge, owner, phones, emails, abilities, canAddNote, onAddNote, onEdit, onDelete, extraActions }: CardHeaderProps) {
  const { t } = useTranslation();
  const tel = phones.find((phone) => phone.tel)?.tel ?? null;
  const email = emails[0]?.value ?? null;
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={backTo} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconChevronLeft size={14} aria-hidden />
        {backLabel}
      </Anchor>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Group gap="sm" align="center">
              <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }} data-testid="record-title">
                {title}
              </Title>
              {badge}
            </Group>
            {subtitle ? (
              <Text c="dimmed" size="sm" data-testid="record-subtitle">
                {subtitle}
              </Text>
            ) : null}
            <Text size="sm">
              <Text span c="dimmed">
                {t('clients.fields.owner')}:
              </Text>{' '}
              {owner.name}
            </Text>
          </Stack>
          <Group gap="xs">
            {extraActions}
            {abilities.edit ? (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit} data-testid="edit-record">
                {t('common.edit')}
              </Button>
            ) : null}
            {abilities.delete ? (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete} data-testid="delete-record">
                {t('common.delete')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <Group gap="xs" mt="md" wrap="wrap">
          {canAddNote ? (
            <Button size="xs" variant="light" leftSection={<IconNote size={14} />} onClick={onAddNote} data-testid="quick-note">
              {t('clients.card.addNote')}
            </Button>
          ) : null}
          {tel ? (
            <Button size="xs" variant="light" component="a" href={tel} leftSection={<IconPhone size={14} />}>
              {t('clients.card.call')}
            </Button>
          ) : null}
          {email ? (
            <Button size="xs" variant="light" component="a" href={`mailto:${email}`} leftSection={<IconMail size={14} />}>
              {t('clients.card.email')}
            </Button>
          ) : null}
        </Group>
      </Paper>
    </Stack>
  );
}
