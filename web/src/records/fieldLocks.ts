import { useRecordTypes } from './recordTypes.api';

type Right = 'masked' | 'read_only' | 'hidden';

/** What the viewer's role lets a form change of a type's record (decision 0027). */
export interface FieldLocks {
  /** A field's right when it is not plainly editable: `phones`, `custom.<key>`. */
  rightOf(field: string): Right | undefined;
  /** The body without what the role may not change (the server would refuse it with `field_read_only`). */
  strip<T extends object>(body: T): T;
}

/**
 * The viewer's field rights on a type, for its form: when editing the role's masked, read-only and
 * hidden fields; when creating its read-only and hidden ones (a masked field may be filled: whoever
 * creates a client enters its phone). The server refuses the others with `field_read_only` / `field_hidden`.
 */
export function useFieldLocks(entityType: string, editing: boolean): FieldLocks {
  const meta = useRecordTypes().data?.find((type) => type.entityType === entityType);
  const all: Record<string, Right> = meta?.fieldRights ?? {};
  const rights: Record<string, Right> = editing ? all : Object.fromEntries(Object.entries(all).filter(([, right]) => right !== 'masked'));
  const keys = new Set((meta?.protectedFields ?? []).filter((f) => rights[f.name]).flatMap((f) => f.inputKeys));
  return {
    rightOf: (field) => (Object.hasOwn(rights, field) ? rights[field] : undefined),
    strip<T extends object>(body: T): T {
      if (Object.keys(rights).length === 0) return body;
      const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
      for (const key of keys) delete out[key];
      const custom = out.custom;
      if (custom && typeof custom === 'object') {
        out.custom = Object.fromEntries(Object.entries(custom).filter(([key]) => !Object.hasOwn(rights, `custom.${key}`)));
      }
      return out as T;
    },
  };
}
