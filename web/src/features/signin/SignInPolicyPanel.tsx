import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useRoles } from '../roles/roles.api';
import { useUpdateWorkspace, useWorkspace, type WorkspaceDetails } from '../workspace/workspace.api';
import { POLICY_LIMITS } from './signin.api';

type Limit = keyof typeof POLICY_LIMITS;
type Policy = NonNullable<WorkspaceDetails['settings']['signIn']>;

interface Values {
  passwordMinLength: number | '';
  idleTimeoutMinutes: number | null;
  maxSessionAgeHours: number | null;
  maxSessionsPerUser: number | null;
  /** Per role key: the allowlist as typed, one range per line. */
  ipAllowlists: Record<string, string>;
}

function toValues(policy: Policy): Values {
  return {
    passwordMinLength: policy.passwordMinLength,
    idleTimeoutMinutes: policy.idleTimeoutMinutes,
    maxSessionAgeHours: policy.maxSessionAgeHours,
    maxSessionsPerUser: policy.maxSessionsPerUser,
    ipAllowlists: Object.fromEntries(Object.entries(policy.ipAllowlists).map(([role, list]) => [role, (list ?? []).join('\n')])),
  };
}

const lines = (text: string) => text.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean);

/** Settings → Security → Sign-in policy: passwords, sessions and the IP allowlist of each role. */
export function SignInPolicyPanel() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  if (workspace.isPending) return <ContentSkeleton />;
  if (workspace.isError) return <ErrorState message={apiErrorText(t, workspace.error)} onRetry={() => void workspace.refetch()} />;
  const policy = workspace.data.settings.signIn;
  if (!policy) return null;
  return <PolicyForm workspace={workspace.data} policy={policy} />;
}

function PolicyForm({ workspace, policy }: { workspace: WorkspaceDetails; policy: Policy }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace();
  const roles = useRoles();
  const [values, setValues] = useState<Values>(() => toValues(policy));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const roleFields = (roles.data?.items ?? []).map((r) => `settings.signIn.ipAllowlists.${r.key}`);

  const form = useRecordForm({
    fields: ['settings.signIn.passwordMinLength', 'settings.signIn.idleTimeoutMinutes', 'settings.signIn.maxSessionAgeHours', 'settings.signIn.maxSessionsPerUser', ...roleFields],
    values,
    baseline: toValues(policy),
    validate: () => {
      const errors: Record<string, string> = {};
      const within = (key: Limit, value: number | '' | null) => {
        if (value === null) return;
        if (value === '' || value < POLICY_LIMITS[key].min || value > POLICY_LIMITS[key].max) errors[`settings.signIn.${key}`] = 'out_of_range';
      };
      within('passwordMinLength', values.passwordMinLength);
      within('idleTimeoutMinutes', values.idleTimeoutMinutes);
      within('maxSessionAgeHours', values.maxSessionAgeHours);
      within('maxSessionsPerUser', values.maxSessionsPerUser);
      return errors;
    },
    save: () => update.mutateAsync({
      version: workspace.version,
      settings: {
        signIn: {
          passwordMinLength: Number(values.passwordMinLength),
          idleTimeoutMinutes: values.idleTimeoutMinutes,
          maxSessionAgeHours: values.maxSessionAgeHours,
          maxSessionsPerUser: values.maxSessionsPerUser,
          ipAllowlists: Object.fromEntries(Object.entries(values.ipAllowlists).map(([role, text]) => [role, lines(text)]).filter(([, list]) => (list?.length ?? 0) > 0)),
        },
      },
    }),
    onSaved: (next) => { if (next.settings.signIn) setValues(toValues(next.settings.signIn)); },
    fieldText: (code, path) => {
      const key = path.split('.')[2] as Limit;
      if (code === 'out_of_range' || ((code === 'too_short' || code === 'too_long') && key in POLICY_LIMITS)) {
        return t('signin.policy.range', { min: POLICY_LIMITS[key].min, max: POLICY_LIMITS[key].max });
      }
      return fieldErrorText(t, code);
    },
    formText: (error) => (isApiError(error, 'would_lock_you_out') ? t('signin.policy.wouldLockYouOut', { ip: String(error.details.ip ?? '?') }) : apiErrorText(t, error)),
  });
  const { errors } = form;

  // An optional limit: a switch turns it on (with a sensible first value) or off (null).
  const optional = (key: Exclude<Limit, 'passwordMinLength'>, first: number) => (
    <Stack gap={4}>
      <Switch
        label={t(`signin.policy.${key}.label`)}
        checked={values[key] !== null}
        onChange={(e) => set(key, e.currentTarget.checked ? first : null)}
      />
      {values[key] !== null ? (
        <NumberInput
          aria-label={t(`signin.policy.${key}.label`)}
          description={t(`signin.policy.${key}.hint`)}
          min={POLICY_LIMITS[key].min}
          max={POLICY_LIMITS[key].max}
          allowDecimal={false}
          value={values[key] ?? ''}
          onChange={(v) => set(key, typeof v === 'number' ? v : Number(v) || 0)}
          error={errors[`settings.signIn.${key}`]}
          w={240}
        />
      ) : null}
    </Stack>
  );

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="lg" maw={720}>
        {form.formError ? <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">{form.formError}</Alert> : null}
        {form.saved ? <Alert color="green" role="status">{t('signin.policy.saved')}</Alert> : null}
        <Stack gap="sm">
          <Title order={3} size="h5">{t('signin.policy.passwords')}</Title>
          <NumberInput
            label={t('signin.policy.passwordMinLength.label')}
            description={t('signin.policy.passwordMinLength.hint')}
            min={POLICY_LIMITS.passwordMinLength.min}
            max={POLICY_LIMITS.passwordMinLength.max}
            allowDecimal={false}
            value={values.passwordMinLength}
            onChange={(v) => set('passwordMinLength', typeof v === 'number' ? v : '')}
            error={errors['settings.signIn.passwordMinLength']}
            w={240}
          />
        </Stack>
        <Stack gap="sm">
          <Title order={3} size="h5">{t('signin.policy.sessions')}</Title>
          {optional('idleTimeoutMinutes', 60)}
          {optional('maxSessionAgeHours', 12)}
          {optional('maxSessionsPerUser', 3)}
        </Stack>
        <Stack gap="sm">
          <Title order={3} size="h5">{t('signin.policy.ipAllowlists.title')}</Title>
          <Text size="sm" c="dimmed">{t('signin.policy.ipAllowlists.hint')}</Text>
          {(roles.data?.items ?? []).map((role) => (
            <Textarea
              key={role.key}
              label={role.name}
              placeholder={t('signin.policy.ipAllowlists.placeholder')}
              autosize
              minRows={1}
              maxRows={6}
              value={values.ipAllowlists[role.key] ?? ''}
              onChange={(e) => set('ipAllowlists', { ...values.ipAllowlists, [role.key]: e.currentTarget.value })}
              error={Object.entries(errors).find(([path]) => path.startsWith(`settings.signIn.ipAllowlists.${role.key}`))?.[1]}
            />
          ))}
        </Stack>
        <Group>
          <Button type="submit" loading={form.pending} disabled={!form.dirty}>{t('signin.policy.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
