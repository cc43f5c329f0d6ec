import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateDashboard, useDashboards, useUpdateDashboard, type Dashboard, type DashboardWidget } from './analytics.api';
import { defaultWidgets, ordered } from './layout';
import type { Shared } from './ShareModal';

/**
 * The dashboard on screen and its changes. A change to a dashboard the viewer may not edit (their
 * role's default, one shared with them) or to the built-in layout makes their own copy first, so a
 * new user sees the default until they make their own.
 */
export function useDashboardEditor() {
  const { t } = useTranslation();
  const list = useDashboards();
  const create = useCreateDashboard();
  const update = useUpdateDashboard();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [builtIn] = useState(defaultWidgets);
  const items = list.data?.items ?? [];
  const current: Dashboard | undefined = items.find((d) => d.id === chosenId) ?? items.find((d) => d.id === list.data?.homeId) ?? items[0];
  const widgets = current ? ordered(current.widgets) : builtIn;

  const saveWidgets = (next: DashboardWidget[]) => {
    if (current?.canEdit) update.mutate({ id: current.id, change: { widgets: next, version: current.version } });
    else create.mutate({ name: current ? t('analytics.copyName', { name: current.name }) : t('analytics.myDashboard'), widgets: next }, { onSuccess: (d) => setChosenId(d.id) });
  };
  const createNew = (name: string) => create.mutate({ name, widgets: defaultWidgets() }, { onSuccess: (d) => setChosenId(d.id) });
  const share = (shared: Shared, done: () => void) => {
    if (current?.canEdit) update.mutate({ id: current.id, change: { shared, version: current.version } }, { onSuccess: done });
  };
  const rename = (name: string, done: () => void) => {
    if (current?.canEdit) update.mutate({ id: current.id, change: { name, version: current.version } }, { onSuccess: done });
  };
  return {
    list, items, current, widgets, choose: setChosenId, saveWidgets, createNew, share, rename,
    saving: create.isPending || update.isPending,
    error: create.error ?? update.error,
  };
}
