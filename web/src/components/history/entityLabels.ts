import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';

/** "Role", "User", "Contact"… for an entity type; the type itself for one this version does not know. */
export function entityTypeLabel(t: TFunction, type: string): string {
  return t(`entities.${type}`, { defaultValue: type.replaceAll('_', ' ') });
}

/** "3 contacts", with the language's plural forms. */
export function entityCountText(t: TFunction, type: string, count: number): string {
  return t(`entityCount.${type}`, { count, defaultValue: `${entityTypeLabel(t, type)}: ${formatNumber(count)}` });
}
