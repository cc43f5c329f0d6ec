import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import type { FieldFormat } from '../../components/history/changes';
import { referencedRecords, useRecordNames, withNames, type RecordRef } from '../../components/history/recordNames.api';
import { recordHistoryFormat } from '../../records/historyFormat';
import { findRecordRegistration } from '../../records/registry';
import { staticChoiceLabels } from '../../records/useRecordHistoryFormat';
import { customFieldKeys, fetchCustomFields } from '../custom-fields/customFields.api';
import { useAllUsers } from '../users/users.api';
import { auditRows } from './AuditTable';
import type { AuditEntry } from './audit.api';

export interface AuditFormats {
  /** The format of an entry's fields: a record type's own (as its card's history), else the settings one. */
  formatFor: (entityType: string | null) => FieldFormat;
  /** A record's name for the record column; "hidden record" for one the user may not see. */
  recordName: (entityType: string, id: string) => string | undefined;
}

/**
 * What the log needs to read like the cards: each record type's labels, choices and custom fields
 * (loaded for the types on screen), and the names of the records the entries are about or refer to,
 * fetched in one request through visibility.
 */
export function useAuditFormats(entries: AuditEntry[], settingsFormat: FieldFormat): AuditFormats {
  const { t } = useTranslation();
  const { timeZone, workspace } = useCurrentUser();
  const users = useAllUsers();
  const types = [...new Set(entries.map((entry) => entry.entityType).filter((type): type is string => !!type && !!findRecordRegistration(type)))].sort();
  const screens = useQueries({
    queries: types.map((type) => ({ queryKey: ['record-screens', type], queryFn: () => findRecordRegistration(type)!.screens(), staleTime: Infinity })),
  });
  const defs = useQueries({
    queries: types.map((type) => ({ queryKey: customFieldKeys.list(type, true), queryFn: () => fetchCustomFields(type, true), staleTime: 60_000 })),
  });
  const loaded = screens.map((query) => query.data);
  const fieldDefs = defs.map((query) => query.data);
  const baseFormats = useMemo(() => {
    const map = new Map<string, FieldFormat>();
    types.forEach((type, i) => {
      const typeScreens = loaded[i];
      const registration = findRecordRegistration(type)!;
      map.set(type, recordHistoryFormat({
        t,
        ns: registration.plural,
        timeZone,
        country: workspace.defaultCountry,
        choices: typeScreens ? staticChoiceLabels(t, typeScreens) : {},
        defs: fieldDefs[i] ?? [],
        userName: (id) => users.data?.find((user) => user.id === id)?.name,
      }));
    });
    return map;
    // The arrays are new on every render; their contents are what matters.
  }, [t, timeZone, workspace.defaultCountry, users.data, types.join(), ...loaded, ...fieldDefs]);

  const refs: RecordRef[] = entries.flatMap((entry) => {
    const format = entry.entityType ? baseFormats.get(entry.entityType) : undefined;
    const own = entry.entityType && entry.entityId && format ? [{ entityType: entry.entityType, id: entry.entityId }] : [];
    return [...own, ...referencedRecords(format ? auditRows(entry, format) : [], format)];
  });
  const names = useRecordNames(refs);
  const hidden = t('history.hiddenRecord');
  return {
    formatFor: (entityType) => withNames(entityType ? baseFormats.get(entityType) : undefined, names, hidden) ?? settingsFormat,
    recordName: (entityType, id) => {
      if (!baseFormats.has(entityType)) return undefined;
      const known = names(entityType, id);
      return known ? (known.name ?? hidden) : undefined;
    },
  };
}
