import type { TFunction } from 'i18next';

export const BUILT_IN_ROLE_KEYS = ['admin', 'head_of_sales', 'manager', 'marketer', 'support_agent', 'read_only'] as const;

/** A built-in role by its translated name (they are stored in English); a custom role by the name it was given. */
export function roleLabel(t: TFunction, key: string, name?: string | null): string {
  if ((BUILT_IN_ROLE_KEYS as readonly string[]).includes(key)) return t(`roles.builtIn.${key}`);
  return name || key;
}
