import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import type { FieldFormat } from '../components/history/changes';
import { useCustomFields } from '../features/custom-fields/customFields.api';
import { useAllUsers } from '../features/users/users.api';
import { recordHistoryFormat } from './historyFormat';
import type { AnyRecordScreens, ChoiceField } from './screens';

/** The type's enum fields with the words for their codes: its list filters and bulk fields. */
export function choiceFields(screens: AnyRecordScreens): Array<[string, ChoiceField]> {
  return Object.entries({ ...(screens.bulkSet ?? {}), ...(screens.paramFilters ?? {}) });
}

/** Static choices as `{ field: { code: label } }`. */
export function staticChoiceLabels(t: TFunction, screens: AnyRecordScreens): Record<string, Record<string, string>> {
  return Object.fromEntries(choiceFields(screens).map(([name, field]) => [name, Object.fromEntries(field.choices(t).map((c) => [c.value, c.label]))]));
}

/**
 * The history format of one record type on its card, with everything it reads: the type's choices
 * (a deal's pipelines and stages come from the server), its custom fields with the retired ones, and
 * the colleagues' names. `screens` is fixed for the card's life (each type mounts its own routes),
 * so the choice hooks run in the same order on every render.
 */
export function useRecordHistoryFormat(entityType: string, ns: string, screens: AnyRecordScreens, customFields: boolean): FieldFormat {
  const { t } = useTranslation();
  const { timeZone, workspace } = useCurrentUser();
  const users = useAllUsers();
  const defs = useCustomFields(entityType, true, customFields).data;
  const served: Array<[string, Record<string, string>]> = [];
  for (const [name, field] of choiceFields(screens)) {
    if (field.useChoices) served.push([name, Object.fromEntries(field.useChoices(t).map((c) => [c.value, c.label]))]);
  }
  const servedKey = JSON.stringify(served);
  return useMemo(
    () =>
      recordHistoryFormat({
        t,
        ns,
        timeZone,
        country: workspace.defaultCountry,
        choices: { ...staticChoiceLabels(t, screens), ...Object.fromEntries(JSON.parse(servedKey) as typeof served) },
        defs: defs ?? [],
        userName: (id) => users.data?.find((user) => user.id === id)?.name,
      }),
    [t, ns, timeZone, workspace.defaultCountry, screens, servedKey, defs, users.data],
  );
}
