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
  /** A record type's list: there only when the server lists the type for this user. */
  entityType?: string;
  /** The permission module the page needs (`activities` for My day): without its view right the item is not there for the user. */
  module?: string;
}

export const HOME: NavItem = { key: 'home', path: '/', icon: IconHome };
export const SETTINGS: NavItem = { key: 'settings', path: '/settings', icon: IconSettings };
/** The viewer's overdue, today's and upcoming work, with its count in the sidebar. */
export const MY_DAY: NavItem = { key: 'myDay', path: '/my-day', icon: IconListCheck, Badge: MyDayBadge, module: 'activities' };
export const CALENDAR: NavItem = { key: 'calendar', path: '/calendar', icon: IconCalendar, module: 'activities' };
/** Dashboards of sales figures and team activity (web/src/features/analytics). */
export const DASHBOARD: NavItem = { key: 'dashboard', path: '/dashboard', icon: IconChartBar, module: 'reports' };
/** Duplicates across the record types that can be merged. */
export const DUPLICATES: NavItem = { key: 'duplicates', path: '/duplicates', icon: IconCopy };

/** The report builder and saved reports. */
export const REPORTS: NavItem = { key: 'reports', path: '/reports', icon: IconReportAnalytics, module: 'reports' };

/** The sidebar in order: home, the dashboard, reports, my day, the calendar, each registered record type (its list), duplicates, settings. */
export function navItems(): NavItem[] {
  const records = recordRegistrations().map((type) => ({ key: type.plural, path: type.path, icon: type.icon, entityType: type.entityType }));
  return [HOME, DASHBOARD, REPORTS, MY_DAY, CALENDAR, ...records, DUPLICATES, SETTINGS];
}
