import type { SetupErrors, WorkspaceValues } from '../auth/setupForm';
import { SETTING_LIMITS, type UpdateWorkspaceInput, type WorkspaceDetails } from './workspace.api';

/** A number input's value: empty while the field is cleared. */
export type Count = number | '';

export interface SecurityValues {
  viewsPerHour: Count;
  exportsPerHour: Count;
  blockUser: boolean;
}

/** Three parts, so typing in one leaves the others' objects (and their memoized fields) untouched. */
export interface WorkspaceFormValues {
  general: WorkspaceValues;
  security: SecurityValues;
  trashRetentionDays: Count;
  clientCountries: string[];
}

/** A field named by its API path, as the server names it in `error.fields`. */
export type WorkspaceField =
  | keyof WorkspaceValues
  | 'settings.alarm.viewsPerHour'
  | 'settings.alarm.exportsPerHour'
  | 'settings.alarm.blockUser'
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
  'settings.trashRetentionDays',
  // `settings.clientCountries.2` names one country of the list; the list's input shows it.
  'settings.clientCountries',
];

export function formValues(workspace: WorkspaceDetails): WorkspaceFormValues {
  const { trashRetentionDays, clientCountries } = workspace.settings;
  // The API shows the alarm only to settings managers, the only ones the form is shown to (see WorkspaceSettingsPage).
  const alarm = workspace.settings.alarm ?? {
    viewsPerHour: SETTING_LIMITS.viewsPerHour.byDefault,
    exportsPerHour: SETTING_LIMITS.exportsPerHour.byDefault,
    blockUser: false,
  };
  return {
    general: {
      name: workspace.name,
      locale: workspace.locale,
      timeZone: workspace.timeZone,
      defaultCountry: workspace.defaultCountry,
      defaultCurrency: workspace.defaultCurrency,
    },
    security: { viewsPerHour: alarm.viewsPerHour, exportsPerHour: alarm.exportsPerHour, blockUser: alarm.blockUser },
    trashRetentionDays,
    clientCountries,
  };
}

/** The checks the browser can make before asking the server (the server checks the ranges). */
export function validateWorkspace({ general, security, trashRetentionDays }: WorkspaceFormValues): WorkspaceErrors {
  const errors: WorkspaceErrors = {};
  if (!general.name.trim()) errors.name = 'required';
  if (security.viewsPerHour === '') errors['settings.alarm.viewsPerHour'] = 'required';
  if (security.exportsPerHour === '') errors['settings.alarm.exportsPerHour'] = 'required';
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
export function toUpdateInput({ general, security, trashRetentionDays, clientCountries }: WorkspaceFormValues, version: number): UpdateWorkspaceInput {
  return {
    ...general,
    name: general.name.trim(),
    settings: {
      trashRetentionDays: Number(trashRetentionDays),
      alarm: { viewsPerHour: Number(security.viewsPerHour), exportsPerHour: Number(security.exportsPerHour), blockUser: security.blockUser },
      clientCountries,
    },
    version,
  };
}
