import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldFormat } from '../../components/history/changes';
import { displayName } from '../../i18n/format';
import { LOCALE_NAMES, isLocale } from '../../i18n/i18n';
import { useDepartments } from '../departments/departments.api';
import { roleLabel } from '../roles/roleLabel';
import { useRoles, type Role } from '../roles/roles.api';
import { useAllUsers } from '../users/users.api';
import { useAbilities } from './access';

/** Internal or noisy fields not worth a line in history or the audit log. */
const HIDDEN = new Set(['key', 'is_builtin', 'last_sign_in_at', 'locked_until', 'token_prefix', 'user_id']);
const DEPARTMENT_FIELDS = new Set(['department_id', 'departmentId', 'parent_id', 'parentId']);
const USER_FIELDS = new Set(['head_user_id', 'headUserId', 'to_user_id', 'toUserId', 'userId']);

function matrixFormat(t: TFunction) {
  return {
    label: (path: string) => {
      const [field, module, action] = path.split('.');
      if (field !== 'permissions' || !module || !action) return undefined;
      return `${t(`roles.modules.${module}`, { defaultValue: module })} · ${t(`roles.actions.${action}`, { defaultValue: action })}`;
    },
    value: (path: string, value: unknown) =>
      path.startsWith('permissions.') && typeof value === 'string' ? t(`roles.scopes.${value}`, { defaultValue: value }) : undefined,
  };
}

/**
 * Field labels and values for history and the audit log: ids of departments and users become
 * their names, role keys their (translated) names, a role's matrix reads "Contacts · View: Own".
 * Names are looked up only when the user may list people (users.view); else ids stay as they are.
 * `builtInRole`: the record is that built-in role, whose stored English name shows translated.
 */
export function useRecordFieldFormat(builtInRole?: Role): FieldFormat {
  const { t } = useTranslation();
  const abilities = useAbilities();
  const canList = abilities.can('users', 'view');
  const roles = useRoles(canList);
  const departments = useDepartments(canList);
  const users = useAllUsers(canList);
  return useMemo<FieldFormat>(() => {
    const matrix = matrixFormat(t);
    return {
      hidden: (path) => HIDDEN.has(path),
      label: matrix.label,
      value: (path, value) => {
        const scope = matrix.value(path, value);
        if (scope !== undefined) return scope;
        if (typeof value !== 'string') return undefined;
        if (path === 'name' && builtInRole?.isBuiltIn && value === builtInRole.name) return roleLabel(t, builtInRole.key);
        if (path === 'role') return roleLabel(t, value, roles.data?.items.find((role) => role.key === value)?.name);
        if (DEPARTMENT_FIELDS.has(path)) return departments.data?.find((d) => d.id === value)?.name;
        if (USER_FIELDS.has(path)) return users.data?.find((u) => u.id === value)?.name;
        if (path === 'locale' && isLocale(value)) return LOCALE_NAMES[value];
        if (path === 'default_country' || path === 'defaultCountry') return displayName(value, 'region');
        if (path === 'default_currency' || path === 'defaultCurrency') return `${displayName(value, 'currency')} (${value})`;
        return undefined;
      },
    };
  }, [t, roles.data, departments.data, users.data, builtInRole]);
}
