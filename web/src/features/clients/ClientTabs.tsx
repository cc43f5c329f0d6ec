import { Badge, Paper, Tabs } from '@mantine/core';
import { IconHistory, IconPaperclip, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import type { FieldFormat } from '../../components/history/changes';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useAttachments } from '../attachments/attachments.api';
import { TimelinePanel } from '../timeline/TimelinePanel';
import type { ClientEntity } from './clientTypes';

interface ClientTabsProps {
  entity: ClientEntity;
  id: string;
  version: number;
  canEdit: boolean;
  tab: string;
  onTab: (tab: string) => void;
  noteFocus: number;
  /** Reload the record (after a note moves its last activity, or a history restore). */
  onChanged: () => unknown;
  formatField?: FieldFormat;
}

/** The lower half of a card: timeline, files and history, one tab each. */
export function ClientTabs({ entity, id, version, canEdit, tab, onTab, noteFocus, onChanged, formatField }: ClientTabsProps) {
  const { t } = useTranslation();
  const attachments = useAttachments(entity, id);
  const files = attachments.data?.length ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Tabs value={tab} onChange={(value) => value && onTab(value)} keepMounted={false} styles={{ tab: { paddingInline: 10 }, tabSection: { marginInlineEnd: 6 } }}>
        <Tabs.List mb="md">
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />}>
            {t('clients.card.timeline')}
          </Tabs.Tab>
          <Tabs.Tab value="files" leftSection={<IconPaperclip size={16} />} rightSection={files ? <Badge size="xs" variant="light" circle>{files}</Badge> : null} data-testid="files-tab">
            {t('clients.card.files')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('clients.card.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline">
          <TimelinePanel subjectType={entity} subjectId={id} canWrite={canEdit} focusSignal={noteFocus} onChanged={onChanged} />
        </Tabs.Panel>
        <Tabs.Panel value="files">
          <AttachmentsPanel subjectType={entity} subjectId={id} canUpload={canEdit} onChanged={onChanged} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryPanel entityType={entity} entityId={id} currentVersion={version} canRestore={canEdit} onRestored={onChanged} formatField={formatField} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
