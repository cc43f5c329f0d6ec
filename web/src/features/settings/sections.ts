import type { Icon } from '@tabler/icons-react';
import { IconBuilding, IconCalendarCog, IconChartFunnel, IconFlame, IconClockExclamation, IconCoins, IconDatabaseImport, IconEye, IconForms, IconHierarchy2, IconListDetails, IconShieldLock, IconTarget, IconTrash, IconUserCircle, IconUsers } from '@tabler/icons-react';
import type { Abilities } from './access';

export type SectionKey = 'workspace' | 'users' | 'departments' | 'roles' | 'customFields' | 'sales' | 'activityKinds' | 'currencies' | 'salesPlans' | 'escalation' | 'escalations' | 'data' | 'audit' | 'security' | 'trash' | 'account';

export interface SettingsSection {
  key: SectionKey;
  path: string;
  icon: Icon;
  /** Whether the role opens this screen; the server decides in the end, this only keeps dead ends out of sight. */
  visible: (abilities: Abilities) => boolean;
}

const IMPORT_MODULES = ['contacts', 'companies', 'deals', 'activities'];
const RECORD_MODULES = ['contacts', 'companies', 'deals', 'products', 'activities', 'users'];

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  // The server lets a role with any scope of Settings → Manage settings change the workspace.
  { key: 'workspace', path: 'workspace', icon: IconBuilding, visible: (a) => a.can('settings', 'manage_settings') },
  // Everyone may see colleagues' names; the team screen is for those who may also change them.
  { key: 'users', path: 'users', icon: IconUsers, visible: (a) => a.can('users', 'view') && (a.can('users', 'create') || a.can('users', 'edit')) },
  { key: 'departments', path: 'departments', icon: IconHierarchy2, visible: (a) => a.can('users', 'manage_settings') },
  { key: 'roles', path: 'roles', icon: IconShieldLock, visible: (a) => a.can('users', 'manage_settings') },
  { key: 'customFields', path: 'custom-fields', icon: IconForms, visible: (a) => a.scope('settings', 'manage_settings') === 'all' },
  // Pipelines, stages and lost reasons: shaped by administrators (the settings right over everything).
  { key: 'sales', path: 'sales', icon: IconChartFunnel, visible: (a) => a.scope('settings', 'manage_settings') === 'all' },
  // The workspace's own kinds of activity (a site visit, a demo): administrators shape them like pipelines.
  { key: 'activityKinds', path: 'activity-kinds', icon: IconCalendarCog, visible: (a) => a.scope('settings', 'manage_settings') === 'all' },
  { key: 'currencies', path: 'currencies', icon: IconCoins, visible: (a) => a.scope('settings', 'manage_settings') === 'all' },
  // Everyone who sells sees their own plan there; administrators and heads of department set them.
  { key: 'salesPlans', path: 'sales-plans', icon: IconTarget, visible: (a) => a.can('deals', 'view') },
  // The rule is the administrators'; the list is everyone's who sees deals (each sees what their visibility allows).
  { key: 'escalation', path: 'escalation', icon: IconClockExclamation, visible: (a) => a.can('settings', 'manage_settings') },
  { key: 'escalations', path: 'escalations', icon: IconFlame, visible: (a) => a.can('deals', 'view') || a.can('activities', 'view') },
  // Imports and their history: for whoever may import into any list.
  { key: 'data', path: 'data', icon: IconDatabaseImport, visible: (a) => IMPORT_MODULES.some((m) => a.can(m, 'import')) },
  { key: 'audit', path: 'audit', icon: IconListDetails, visible: (a) => a.can('audit', 'view') },
  // The read audit tells what everyone read: for audit viewers over the whole workspace.
  { key: 'security', path: 'security', icon: IconEye, visible: (a) => a.scope('audit', 'view') === 'all' },
  { key: 'trash', path: 'trash', icon: IconTrash, visible: (a) => RECORD_MODULES.some((m) => a.can(m, 'delete')) },
  { key: 'account', path: 'account', icon: IconUserCircle, visible: () => true },
];
