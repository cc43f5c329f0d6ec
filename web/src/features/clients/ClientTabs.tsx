import { Anchor, Badge, Group, Paper, Tabs } from '@mantine/core';
import { Link } from 'react-router';
import { IconHistory, IconPaperclip, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import type { FieldFormat } from '../../components/history/changes';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useAttachments } from '../attachments/attachments.api';
import { useAbilities } from '../settings/access';
import { TimelinePanel } from '../timeline/TimelinePanel';

interface ClientTabsProps {
  entity: string;
  id: string;
  /** The record's name, for the audit log's filter label. */
  title: string;
  version: number;
  canEdit: boolean;
  /** Whether the type keeps a timeline (its metadata's feature). */
  timeline: boolean;
  tab: string;
  onTab: (tab: string) => void;
  noteFocus: number;
  /** Reload the record (after a note moves its last activity, or a history restore). */
  onChanged: () => unknown;
  formatField?: FieldFormat;
}

/** The lower half of a card: timeline, files and history, one tab each. */
export function ClientTabs({ entity, id, title, version, canEdit, timeline, tab, onTab, noteFocus, onChanged, formatField }: ClientTabsProps) {
  const { t } = useTranslation();
  const attachments = useAttachments(entity, id);
  const files = attachments.data?.length ?? 0;
  const abilities = useAbilities();
  const canSeeAudit = abilities.can('audit', 'view');
  // The read audit ("who opened or exported this client") is for audit viewers over the whole workspace.
  const canSeeReads = abilities.scope('audit', 'view') === 'all';
  const readsHref = `/settings/security?${new URLSearchParams({ entityType: entity, entityId: id })}`;
  const auditHref = `/settings/audit?${new URLSearchParams({ entityType: entity, entityId: id, name: title })}`;
  return (
    <Paper withBorder radius="md" p="md">
      <Tabs value={tab} onChange={(value) => value && onTab(value)} keepMounted={false} styles={{ tab: { paddingInline: 10 }, tabSection: { marginInlineEnd: 6 } }}>
        <Tabs.List mb="md">
          {timeline ? (
            <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />}>
              {t('clients.card.timeline')}
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="files" leftSection={<IconPaperclip size={16} />} rightSection={files ? <Badge size="xs" variant="light" circle>{files}</Badge> : null} data-testid="files-tab">
            {t('clients.card.files')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('clients.card.history')}
          </Tabs.Tab>
        </Tabs.List>
        {timeline ? (
          <Tabs.Panel value="timeline">
            <TimelinePanel subjectType={entity} subjectId={id} canWrite={canEdit} focusSignal={noteFocus} onChanged={onChanged} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="files">
          <AttachmentsPanel subjectType={entity} subjectId={id} canUpload={canEdit} onChanged={onChanged} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          {canSeeAudit ? (
            <Group justify="flex-end" mb="xs">
              <Anchor component={Link} to={auditHref} size="sm" data-testid="audit-link">
                {t('clients.card.auditLink')}
              </Anchor>
              {canSeeReads ? (
                <Anchor component={Link} to={readsHref} size="sm" data-testid="reads-link">
                  {t('security.reads.whoElse')}
                </Anchor>
              ) : null}
            </Group>
          ) : null}
          <HistoryPanel entityType={entity} entityId={id} currentVersion={version} canRestore={canEdit} onRestored={onChanged} formatField={formatField} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
