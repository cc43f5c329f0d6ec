import { ActionIcon, Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowDown, IconArrowUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomField } from './customFields.api';
import { TYPE_ICONS } from './fieldTypes';

interface FieldRowProps {
  field: CustomField;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onRetire: (retired: boolean) => void;
}

/** One field in the settings list: what it is, and buttons to move, edit, retire or bring it back. */
export function FieldRow({ field, first, last, busy, onMove, onEdit, onRetire }: FieldRowProps) {
  const { t } = useTranslation();
  const TypeIcon = TYPE_ICONS[field.type] ?? TYPE_ICONS.text;
  const name = field.label;
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" py="sm" px="md" style={{ opacity: field.retired ? 0.55 : 1 }} data-testid={`field-${field.key}`}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <TypeIcon size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={500} td={field.retired ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            {field.required ? <Badge size="xs" variant="light" color="orange">{t('customFields.list.required')}</Badge> : null}
            {field.retired ? <Badge size="xs" variant="outline" color="gray">{t('customFields.list.retired')}</Badge> : null}
          </Group>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t(`customFields.types.${field.type}`)}
            {field.options.length ? ` · ${field.options.map((o) => o.label).join(', ')}` : ''}
            {' · '}
            <Box component="code" fz="xs">{field.key}</Box>
          </Text>
        </Stack>
      </Group>
      <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
        <ActionIcon variant="subtle" aria-label={t('customFields.list.moveUp', { name })} disabled={first || busy} onClick={() => onMove(-1)}>
          <IconArrowUp size={16} />
        </ActionIcon>
        <ActionIcon variant="subtle" aria-label={t('customFields.list.moveDown', { name })} disabled={last || busy} onClick={() => onMove(1)}>
          <IconArrowDown size={16} />
        </ActionIcon>
        <Tooltip label={t('common.edit')}>
          <ActionIcon variant="subtle" aria-label={t('customFields.list.edit', { name })} disabled={busy} onClick={onEdit}>
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={field.retired ? t('customFields.list.unretire') : t('customFields.list.retire')}>
          <ActionIcon
            variant="subtle"
            color={field.retired ? 'teal' : 'gray'}
            aria-label={field.retired ? t('customFields.list.unretireNamed', { name }) : t('customFields.list.retireNamed', { name })}
            disabled={busy}
            onClick={() => onRetire(!field.retired)}
          >
            {field.retired ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
