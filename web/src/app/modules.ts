import type { Icon } from '@tabler/icons-react';
import {
  IconAddressBook,
  IconBuilding,
  IconChartBar,
  IconChecklist,
  IconCoin,
  IconCopy,
  IconHome,
  IconSettings,
} from '@tabler/icons-react';

export type ModuleKey = 'contacts' | 'companies' | 'duplicates' | 'deals' | 'tasks' | 'reports' | 'settings';

export interface NavItem {
  key: 'home' | ModuleKey;
  path: string;
  icon: Icon;
}

export const HOME: NavItem = { key: 'home', path: '/', icon: IconHome };

/** Modules in the order the sidebar shows them; each route shows "coming soon" until its release. */
export const MODULES: ReadonlyArray<NavItem & { key: ModuleKey }> = [
  { key: 'contacts', path: '/contacts', icon: IconAddressBook },
  { key: 'companies', path: '/companies', icon: IconBuilding },
  { key: 'duplicates', path: '/duplicates', icon: IconCopy },
  { key: 'deals', path: '/deals', icon: IconCoin },
  { key: 'tasks', path: '/tasks', icon: IconChecklist },
  { key: 'reports', path: '/reports', icon: IconChartBar },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
