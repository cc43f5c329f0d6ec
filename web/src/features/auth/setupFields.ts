import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { PASSWORD_MIN, type SetupErrors, type SetupField } from './setupForm';

/** Hints go under the input so inputs side by side line up. */
export const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

export const LEGEND_STYLES = {
  legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 'var(--mantine-spacing-xs)' },
};

/** Translates a field's error code, giving the minimum length for the password. */
export function useSetupErrorText(errors: SetupErrors) {
  const { t } = useTranslation();
  return (field: SetupField): string | undefined => {
    const code = errors[field];
    if (!code) return undefined;
    return fieldErrorText(t, code, field === 'admin.password' ? { min: PASSWORD_MIN } : {});
  };
}
