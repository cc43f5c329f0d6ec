import { useState } from 'react';
import type { FieldDef } from './fieldDefs';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Custom field values of a form. A new record starts from the fields' defaults; an edit sends
 * only the values that changed, so a field retired meanwhile is never touched.
 */
export function useCustomDrafts(defs: FieldDef[], record: { custom: Record<string, unknown> } | null) {
  const initial = record?.custom ?? {};
  const [values, setValues] = useState<Record<string, unknown>>(() => {
    if (record) return { ...record.custom };
    const out: Record<string, unknown> = {};
    for (const def of defs) if (!isBlank(def.defaultValue)) out[def.key] = def.defaultValue;
    return out;
  });

  const known = new Set<string>(['custom', ...defs.map((def) => `custom.${def.key}`)]);

  function input(): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    for (const def of defs) {
      const value = values[def.key];
      if (!record) {
        if (!isBlank(value)) out[def.key] = value;
      } else if (JSON.stringify(value ?? null) !== JSON.stringify(initial[def.key] ?? null)) {
        out[def.key] = isBlank(value) ? null : value;
      }
    }
    return Object.keys(out).length ? out : undefined;
  }

  return { values, set: (key: string, value: unknown) => setValues((current) => ({ ...current, [key]: value })), known, input };
}
