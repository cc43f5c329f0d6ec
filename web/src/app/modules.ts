import type { Icon } from '@tabler/icons-react';
import { IconChartBar, IconCopy, IconHome, IconSettings } from '@tabler/icons-react';
import '../records/registrations';
import { recordRegistrations } from '../records/registry';

export interface NavItem {
  /** Its label is `nav.<key>`. */
  key: string;
  path: string;
  icon: Icon;
}

export const HOME: NavItem = { key: 'home', path: '/', icon: IconHome };
export const SETTINGS: NavItem = { key: 'settings', path: '/settings', icon: IconSettings };
/** Duplicates across the record types that can be merged. */
export const DUPLICATES: NavItem = { key: 'duplicates', path: '/duplicates', icon: IconCopy };

/** Modules not released yet; each route shows "coming soon" until its release. */
export const PLANNED: readonly NavItem[] = [
  { key: 'reports', path: '/reports', icon: IconChartBar },
];

/** The sidebar in order: home, each registered record type (its list), duplicates, the planned modules, settings. */
export function navItems(): NavItem[] {
  const records = recordRegistrations().map((type) => ({ key: type.plural, path: type.path, icon: type.icon }));
  return [HOME, ...records, DUPLICATES, ...PLANNED, SETTINGS];
}
