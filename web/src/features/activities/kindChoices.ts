import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS } from './kinds';

/** The kinds the form and the filters offer; an activity of an administrator's kind keeps its own. */
export function useKindChoices(current?: string): Array<{ value: string; label: string }> {
  const { t } = useTranslation();
  const builtIn = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activities.kinds.${kind}`) }));
  return current && !builtIn.some((choice) => choice.value === current) ? [...builtIn, { value: current, label: current }] : builtIn;
}
