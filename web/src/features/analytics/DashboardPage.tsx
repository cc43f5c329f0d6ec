import { ActionIcon, Alert, Box, Button, Group, Select, Skeleton, Stack, Title } from '@mantine/core';
import { IconCoin, IconPencil, IconPlus, IconShare, IconUsersGroup } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { useAbilities } from '../settings/access';
import { useIsPhone } from '../clients/useIsPhone';
import { useWidgetCatalogue } from './analytics.api';
import { AddWidgetModal } from './AddWidgetModal';
import { FilterBar, initialFilters, toQuery, type Filters } from './FilterBar';
import { flow, move, widgetId } from './layout';
import { NameModal } from './NameModal';
import { RoleDefaultsModal } from './RoleDefaultsModal';
import { ShareModal } from './ShareModal';
import { SourceCostsModal } from './SourceCostsModal';
import { useDashboardEditor } from './useDashboardEditor';
import { WidgetCard } from './WidgetCard';

/** The dashboard: widgets in a grid over a period and filters; add, remove, arrange (drag or Alt+arrows), resize, share. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const abilities = useAbilities();
  const isPhone = useIsPhone();
  const catalogue = useWidgetCatalogue();
  const editor = useDashboardEditor();
  const [filters, setFilters] = useState<Filters>(() => initialFilters(me.timeZone));
  const [adding, setAdding] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [costs, setCosts] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [roleDefaults, setRoleDefaults] = useState(false);
  const dragged = useRef<number | null>(null);
  const query = toQuery(filters);
  const { widgets, current } = editor;
  const info = (key: string) => catalogue.data?.find((w) => w.key === key);

  const drop = (to: number) => (e: DragEvent) => {
    e.preventDefault();
    if (dragged.current !== null) editor.saveWidgets(move(widgets, dragged.current, to));
    dragged.current = null;
  };
  if (editor.list.isLoading) return <Skeleton height={300} />;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={2}>{t('analytics.dashboardTitle')}</Title>
          {editor.items.length > 1 && (
            <Select size="xs" w={220} value={current?.id ?? null} onChange={(id) => id && editor.choose(id)} data={editor.items.map((d) => ({ value: d.id, label: d.name }))} aria-label={t('analytics.chooseDashboard')} allowDeselect={false} />
          )}
          {current?.canEdit && (
            <ActionIcon variant="subtle" color="gray" aria-label={t('analytics.rename', { name: current.name })} onClick={() => setRenaming(true)}><IconPencil size={16} /></ActionIcon>
          )}
        </Group>
        <Group gap="xs">
          {abilities.can('reports', 'manage_settings') && (
            <Button size="xs" variant="default" leftSection={<IconCoin size={14} />} onClick={() => setCosts(true)}>{t('analytics.costs.open')}</Button>
          )}
          {abilities.can('users', 'manage_settings') && (
            <Button size="xs" variant="default" leftSection={<IconUsersGroup size={14} />} onClick={() => setRoleDefaults(true)}>{t('analytics.roleDefaults.open')}</Button>
          )}
          {current?.canEdit && (
            <Button size="xs" variant="default" leftSection={<IconShare size={14} />} onClick={() => setSharing(true)}>{t('analytics.share.open')}</Button>
          )}
          <Button size="xs" variant="default" onClick={() => editor.createNew(t('analytics.newName', { n: editor.items.length + 1 }))}>{t('analytics.newDashboard')}</Button>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>{t('analytics.addWidget')}</Button>
        </Group>
      </Group>
      <FilterBar value={filters} onChange={setFilters} />
      {editor.error && <Alert color="red" variant="light">{apiErrorText(t, editor.error)}</Alert>}
      {filters.to < filters.from ? (
        <Alert color="yellow" variant="light">{t('analytics.toBeforeFrom')}</Alert>
      ) : widgets.length === 0 ? (
        <Alert variant="light">{t('analytics.noWidgets')}</Alert>
      ) : (
        <Box style={{ display: 'grid', gridTemplateColumns: isPhone ? '1fr' : 'repeat(12, minmax(0, 1fr))', gap: 12 }}>
          {widgets.map((widget, index) => (
            <WidgetCard
              key={widget.id}
              widget={isPhone ? { ...widget, w: 12 } : widget}
              info={info(widget.key)}
              query={query}
              editable
              index={index}
              count={widgets.length}
              onChange={(changed) => editor.saveWidgets(flow(widgets.map((w) => (w.id === changed.id ? changed : w))))}
              onRemove={() => editor.saveWidgets(flow(widgets.filter((w) => w.id !== widget.id)))}
              onMove={(to) => editor.saveWidgets(move(widgets, index, to))}
              onDragStart={(e) => { dragged.current = index; e.dataTransfer.effectAllowed = 'move'; }}
              onDrop={drop(index)}
            />
          ))}
        </Box>
      )}
      <AddWidgetModal
        opened={adding}
        onClose={() => setAdding(false)}
        catalogue={catalogue.data ?? []}
        onPick={(picked) => {
          setAdding(false);
          editor.saveWidgets(flow([...widgets, { id: widgetId(), key: picked.key, params: picked.key === 'revenue' ? { by: 'period' } : {}, x: 0, y: 0, w: 6, h: 1 }]));
        }}
      />
      {current && (
        <ShareModal opened={sharing} onClose={() => setSharing(false)} value={current.shared} saving={editor.saving} onSave={(shared) => editor.share(shared, () => setSharing(false))} />
      )}
      {current && (
        <NameModal
          opened={renaming} title={t('analytics.renameTitle')} value={current.name} saving={editor.saving} error={editor.error}
          onClose={() => setRenaming(false)} onSave={(name) => editor.rename(name, () => setRenaming(false))}
        />
      )}
      <RoleDefaultsModal opened={roleDefaults} onClose={() => setRoleDefaults(false)} dashboards={editor.items.filter((d) => d.canEdit)} />
      <SourceCostsModal opened={costs} onClose={() => setCosts(false)} month={filters.from.slice(0, 7)} currency={me.workspace.defaultCurrency} />
    </Stack>
  );
}
