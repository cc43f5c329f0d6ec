import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { useActivityTypes } from './activities.api';
import { ACTIVITY_KINDS } from './kinds';

/** The kinds the form and the filters offer: the built-in ones, then the workspace's own (a retired one only for an activity that has it). */
export function useKindChoices(current?: string): Array<{ value: string; label: string }> {
  const { t } = useTranslation();
  const types = useActivityTypes();
  const builtIn = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activities.kinds.${kind}`) }));
  const own = (types.data ?? [])
    .filter((type) => !type.builtIn && (!type.retired || type.key === current))
    .map((type) => ({ value: type.key, label: kindName(type.names, type.key) }));
  const choices = [...builtIn, ...own];
  return current && !choices.some((choice) => choice.value === current) ? [...choices, { value: current, label: current }] : choices;
}

/** A workspace's own kind named in the interface language. */
export function kindName(names: { en: string; ru: string; bg: string } | null, key: string): string {
  return names?.[currentLocale()] || names?.en || key;
}

/** Names a kind in the interface language: a built-in one by its translation, the workspace's own by its names. */
export function useKindName(): (kind: string) => string {
  const { t } = useTranslation();
  const types = useActivityTypes();
  return (kind: string) => {
    const own = types.data?.find((type) => !type.builtIn && type.key === kind);
    return own ? kindName(own.names, kind) : t(`activities.kinds.${kind}`, { defaultValue: kind });
  };
}
