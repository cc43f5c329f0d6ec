import type { SetupErrors, WorkspaceValues } from '../auth/setupForm';
import { SETTING_LIMITS, type UpdateWorkspaceInput, type WorkspaceDetails } from './workspace.api';

/** A number input's value: empty while the field is cleared. */
export type Count = number | '';

/** One role's own read limits; empty takes the workspace's. */
export interface RoleLimitValues {
  unitsPerHour: Count;
  unitsPerDay: Count;
}

export interface SecurityValues {
  viewsPerHour: Count;
  exportsPerHour: Count;
  blockUser: boolean;
  unitsPerHour: Count;
  unitsPerDay: Count;
  /** By role key. */
  roleLimits: Record<string, RoleLimitValues>;
  readAuditDays: Count;
}

/** The workspace's name order, or `auto`: as its language writes names (the API's null). */
export type NameOrderChoice = 'auto' | 'surname_first' | 'first_surname';

/** Three parts, so typing in one leaves the others' objects (and their memoized fields) untouched. */
export interface WorkspaceFormValues {
  general: WorkspaceValues;
  security: SecurityValues;
  trashRetentionDays: Count;
  clientCountries: string[];
  nameOrder: NameOrderChoice;
}

/** A field named by its API path, as the server names it in `error.fields`. */
export type WorkspaceField =
  | keyof WorkspaceValues
  | 'settings.alarm.viewsPerHour'
  | 'settings.alarm.exportsPerHour'
  | 'settings.alarm.blockUser'
  | 'settings.alarm.unitsPerHour'
  | 'settings.alarm.unitsPerDay'
  | 'settings.alarm.roleLimits'
  | 'settings.readAuditDays'
  | 'settings.trashRetentionDays'
  | 'settings.clientCountries';

/** Error codes per field (`required`, `too_short`, ...), translated where they are shown. */
export type WorkspaceErrors = Partial<Record<WorkspaceField, string>>;

const GENERAL_FIELDS: readonly (keyof WorkspaceValues)[] = ['name', 'locale', 'timeZone', 'defaultCountry', 'defaultCurrency'];
/** The paths the form shows an input for, as the API names them. */
export const WORKSPACE_FIELDS: readonly string[] = [
  ...GENERAL_FIELDS,
  'settings.alarm.viewsPerHour',
  'settings.alarm.exportsPerHour',
  'settings.alarm.blockUser',
  'settings.alarm.unitsPerHour',
  'settings.alarm.unitsPerDay',
  'settings.alarm.roleLimits',
  'settings.readAuditDays',
  'settings.trashRetentionDays',
  // `settings.clientCountries.2` names one country of the list; the list's input shows it.
  'settings.clientCountries',
];

export function formValues(workspace: WorkspaceDetails): WorkspaceFormValues {
  const { trashRetentionDays, clientCountries, nameOrder } = workspace.settings;
  // The API shows the alarm only to settings managers, the only ones the form is shown to (see WorkspaceSettingsPage).
  const alarm = workspace.settings.alarm ?? {
    viewsPerHour: SETTING_LIMITS.viewsPerHour.byDefault,
    exportsPerHour: SETTING_LIMITS.exportsPerHour.byDefault,
    blockUser: false,
    unitsPerHour: SETTING_LIMITS.unitsPerHour.byDefault,
    unitsPerDay: SETTING_LIMITS.unitsPerDay.byDefault,
    roleLimits: {},
  };
  const roleLimits: Record<string, RoleLimitValues> = {};
  for (const [role, own] of Object.entries(alarm.roleLimits)) roleLimits[role] = { unitsPerHour: own.unitsPerHour ?? '', unitsPerDay: own.unitsPerDay ?? '' };
  return {
    general: {
      name: workspace.name,
      locale: workspace.locale,
      timeZone: workspace.timeZone,
      defaultCountry: workspace.defaultCountry,
      defaultCurrency: workspace.defaultCurrency,
    },
    security: {
      viewsPerHour: alarm.viewsPerHour, exportsPerHour: alarm.exportsPerHour, blockUser: alarm.blockUser,
      unitsPerHour: alarm.unitsPerHour, unitsPerDay: alarm.unitsPerDay, roleLimits,
      readAuditDays: workspace.settings.readAuditDays ?? SETTING_LIMITS.readAuditDays.byDefault,
    },
    trashRetentionDays,
    clientCountries,
    nameOrder: nameOrder ?? 'auto',
  };
}

/** The checks the browser can make before asking the server (the server checks the ranges). */
export function validateWorkspace({ general, security, trashRetentionDays }: WorkspaceFormValues): WorkspaceErrors {
  const errors: WorkspaceErrors = {};
  if (!general.name.trim()) errors.name = 'required';
  if (security.viewsPerHour === '') errors['settings.alarm.viewsPerHour'] = 'required';
  if (security.exportsPerHour === '') errors['settings.alarm.exportsPerHour'] = 'required';
  if (security.unitsPerHour === '') errors['settings.alarm.unitsPerHour'] = 'required';
  if (security.unitsPerDay === '') errors['settings.alarm.unitsPerDay'] = 'required';
  if (security.readAuditDays === '') errors['settings.readAuditDays'] = 'required';
  if (trashRetentionDays === '') errors['settings.trashRetentionDays'] = 'required';
  return errors;
}

/** The general fields' errors under the names the setup screen's fields use (`workspace.name`). */
export function generalErrors(errors: WorkspaceErrors): SetupErrors {
  const out: SetupErrors = {};
  for (const field of GENERAL_FIELDS) {
    const code = errors[field];
    if (code) out[`workspace.${field}`] = code;
  }
  return out;
}

/** Call only after `validateWorkspace` found nothing (no empty numbers). */
export function toUpdateInput({ general, security, trashRetentionDays, clientCountries, nameOrder }: WorkspaceFormValues, version: number): UpdateWorkspaceInput {
  return {
    ...general,
    name: general.name.trim(),
    settings: {
      trashRetentionDays: Number(trashRetentionDays),
      alarm: {
        viewsPerHour: Number(security.viewsPerHour), exportsPerHour: Number(security.exportsPerHour), blockUser: security.blockUser,
        unitsPerHour: Number(security.unitsPerHour), unitsPerDay: Number(security.unitsPerDay), roleLimits: roleLimitsInput(security.roleLimits),
      },
      readAuditDays: Number(security.readAuditDays),
      clientCountries,
      nameOrder: nameOrder === 'auto' ? null : nameOrder,
    },
    version,
  };
}

/** Role limits as the API takes them: a cleared number is left out (the workspace's applies), a role with none is dropped. */
function roleLimitsInput(values: Record<string, RoleLimitValues>): Record<string, { unitsPerHour?: number; unitsPerDay?: number }> {
  const out: Record<string, { unitsPerHour?: number; unitsPerDay?: number }> = {};
  for (const [role, own] of Object.entries(values)) {
    const limits = {
      ...(own.unitsPerHour === '' ? {} : { unitsPerHour: Number(own.unitsPerHour) }),
      ...(own.unitsPerDay === '' ? {} : { unitsPerDay: Number(own.unitsPerDay) }),
    };
    if (Object.keys(limits).length > 0) out[role] = limits;
  }
  return out;
}
