import type { TFunction } from 'i18next';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { humanize } from '../../components/history/changes';

/** "Role changed" for `role.updated`; an action this version does not know reads "Role: updated". */
export function auditActionLabel(t: TFunction, action: string): string {
  const dot = action.indexOf('.');
  const fallback = dot > 0 ? `${entityTypeLabel(t, action.slice(0, dot))}: ${humanize(action.slice(dot + 1)).toLowerCase()}` : humanize(action);
  return t(`audit.actions.${action}`, { defaultValue: fallback });
}
