import type { TFunction } from 'i18next';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { humanize } from '../../components/history/changes';

/**
 * "Role changed" for `role.updated`; an action without its own words reads "<Entity>: <what
 * happened>" from the shared verbs (`contact.deleted` → "Контакт: перемещение в корзину"), and only an
 * action this version has never heard of falls back to its code's words.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  const dot = action.indexOf('.');
  if (dot <= 0) return t(`audit.actions.${action}`, { defaultValue: humanize(action) });
  const verb = action.slice(dot + 1);
  const fallback = `${entityTypeLabel(t, action.slice(0, dot))}: ${t(`audit.verbs.${verb}`, { defaultValue: humanize(verb).toLowerCase() })}`;
  return t(`audit.actions.${action}`, { defaultValue: fallback });
}
