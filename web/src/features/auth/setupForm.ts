import type { Locale } from '../../i18n/i18n';
import type { SetupInput } from './auth.api';
import { currencyForCountry, guessCountry, guessTimeZone } from './setupOptions';

export const PASSWORD_MIN = 10;

export interface WorkspaceValues {
  name: string;
  locale: Locale;
  timeZone: string;
  defaultCountry: string;
  defaultCurrency: string;
}

export interface AdminValues {
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
}

/** Two parts, so typing in one leaves the other's object (and its memoized fields) untouched. */
export interface SetupValues {
  workspace: WorkspaceValues;
  admin: AdminValues;
}

/** A field named by its API path, e.g. `admin.email`; `admin.confirmPassword` exists only here. */
export type SetupField = `workspace.${keyof WorkspaceValues}` | `admin.${keyof AdminValues}`;

/** Error codes per field (`required`, `too_short`, ...), translated when shown. */
export type SetupErrors = Partial<Record<SetupField, string>>;

export interface SetupState {
  values: SetupValues;
  /** Once the user picks a currency, choosing a country no longer changes it. */
  currencyTouched: boolean;
}

export type SetupChange =
  | { section: 'workspace'; field: keyof WorkspaceValues; value: string }
  | { section: 'admin'; field: keyof AdminValues; value: string };

export function initialSetupState(locale: Locale): SetupState {
  const country = guessCountry();
  return {
    values: {
      workspace: {
        name: '',
        locale,
        timeZone: guessTimeZone(),
        defaultCountry: country,
        defaultCurrency: currencyForCountry(country),
      },
      admin: { name: '', email: '', password: '', confirmPassword: '' },
    },
    currencyTouched: false,
  };
}

export function setupReducer(state: SetupState, change: SetupChange): SetupState {
  if (change.section === 'admin') {
    return { ...state, values: { ...state.values, admin: { ...state.values.admin, [change.field]: change.value } } };
  }
  const workspace = { ...state.values.workspace, [change.field]: change.value } as WorkspaceValues;
  if (change.field === 'defaultCountry' && !state.currencyTouched) {
    workspace.defaultCurrency = currencyForCountry(change.value);
  }
  return {
    values: { ...state.values, workspace },
    currencyTouched: state.currencyTouched || change.field === 'defaultCurrency',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the browser can make before asking the server, with the server's codes. */
export function validateSetup({ workspace, admin }: SetupValues): SetupErrors {
  const errors: SetupErrors = {};
  if (!workspace.name.trim()) errors['workspace.name'] = 'required';
  if (!workspace.timeZone) errors['workspace.timeZone'] = 'required';
  if (!workspace.defaultCountry) errors['workspace.defaultCountry'] = 'required';
  if (!workspace.defaultCurrency) errors['workspace.defaultCurrency'] = 'required';
  if (!admin.name.trim()) errors['admin.name'] = 'required';
  if (!admin.email.trim()) errors['admin.email'] = 'required';
  else if (!EMAIL.test(admin.email.trim())) errors['admin.email'] = 'invalid_email';
  if (!admin.password) errors['admin.password'] = 'required';
  else if ([...admin.password].length < PASSWORD_MIN) errors['admin.password'] = 'too_short';
  if (!admin.confirmPassword) errors['admin.confirmPassword'] = 'required';
  else if (admin.confirmPassword !== admin.password) errors['admin.confirmPassword'] = 'mismatch';
  return errors;
}

/** The paths the setup form shows an input for, as the API names them. */
export const SETUP_FIELDS: readonly string[] = [
  'workspace.name',
  'workspace.locale',
  'workspace.timeZone',
  'workspace.defaultCountry',
  'workspace.defaultCurrency',
  'admin.name',
  'admin.email',
  'admin.password',
  'admin.confirmPassword',
];

export function toSetupInput({ workspace, admin }: SetupValues): SetupInput {
  return {
    workspace: { ...workspace, name: workspace.name.trim() },
    admin: { name: admin.name.trim(), email: admin.email.trim(), password: admin.password },
  };
}
