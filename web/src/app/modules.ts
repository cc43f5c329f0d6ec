import type { ComponentType } from 'react';
import type { Icon } from '@tabler/icons-react';
import { IconCalendar, IconChartBar, IconCopy, IconHome, IconListCheck, IconReportAnalytics, IconSettings } from '@tabler/icons-react';
import { MyDayBadge } from '../features/my-day/MyDayBadge';
import '../records/registrations';
import { recordRegistrations } from '../records/registry';

export interface NavItem {
  /** Its label is `nav.<key>`. */
  key: string;
  path: string;
  icon: Icon;
  /** A count shown beside the label (what is due today). */
  Badge?: ComponentType;
}

export const HOME: NavItem = { key: 'home', path: '/', icon: IconHome };
export const SETTINGS: NavItem = { key: 'settings', path: '/settings', icon: IconSettings };
/** The viewer's overdue, today's and upcoming work, with its count in the sidebar. */
export const MY_DAY: NavItem = { key: 'myDay', path: '/my-day', icon: IconListCheck, Badge: MyDayBadge };
export const CALENDAR: NavItem = { key: 'calendar', path: '/calendar', icon: IconCalendar };
/** Dashboards of sales figures and team activity (web/src/features/analytics). */
export const DASHBOARD: NavItem = { key: 'dashboard', path: '/dashboard', icon: IconChartBar };
/** Duplicates across the record types that can be merged. */
export const DUPLICATES: NavItem = { key: 'duplicates', path: '/duplicates', icon: IconCopy };

/** Modules not released yet; each route shows "coming soon" until its release. */
export const PLANNED: readonly NavItem[] = [];
/** The report builder and saved reports. */
export const REPORTS: NavItem = { key: 'reports', path: '/reports', icon: IconReportAnalytics };

/** The sidebar in order: home, the dashboard, reports, my day, the calendar, each registered record type (its list), duplicates, the planned modules, settings. */
export function navItems(): NavItem[] {
  const records = recordRegistrations().map((type) => ({ key: type.plural, path: type.path, icon: type.icon }));
  return [HOME, DASHBOARD, REPORTS, MY_DAY, CALENDAR, ...records, DUPLICATES, ...PLANNED, SETTINGS];
}
