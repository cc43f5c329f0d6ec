import { useState } from 'react';
import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIsPhone } from '../clients/useIsPhone';
import { findRecordRegistration, recordRegistrations } from '../../records/registry';
import { FileSettings } from './FileSettings';
import { importErrorText } from './importErrors';
import { useImportAction, usePatchImport, type Import, type ImportPatch } from './imports.api';
import { MappingTable } from './MappingTable';
import { OptionsForm } from './OptionsForm';
import { PreviewTable } from './PreviewTable';

const STEPS = ['file', 'mapping', 'preview', 'options'] as const;

/** The custom fields' entity of an imported collection (`contacts` → `contact`), when it has screens. */
function customEntityOf(plural: string): string | null {
  const registration = recordRegistrations().find((r) => r.plural === plural);
  return registration && findRecordRegistration(registration.entityType) ? registration.entityType : null;
}

/** A draft import, step by step: the file's reading, the mapping, the preview, the options, then run. */
export function DraftWizard({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [active, setActive] = useState(0);
  const patch = usePatchImport(imp.id);
  const action = useImportAction(imp.id);
  const change = (p: ImportPatch) => patch.mutate({ version: imp.version, patch: p });
  const error = patch.error ?? action.error;
  const last = active === STEPS.length - 1;
  const mapped = imp.mapping.some((m) => m.field !== null);

  return (
    <Stack>
      {isPhone ? (
        // Four labelled steps do not fit across a phone: the step in words instead.
        <Text fw={500} data-testid="import-step">
          {t('imports.stepOf', { n: active + 1, total: STEPS.length, name: t(`imports.steps.${STEPS[active]}`) })}
        </Text>
      ) : (
        <Stepper active={active} onStepClick={setActive} size="sm" allowNextStepsSelect={false}>
          {STEPS.map((step) => (
            <Stepper.Step key={step} label={t(`imports.steps.${step}`)} />
          ))}
        </Stepper>
      )}
      {error ? <ErrorAlert error={error} text={importErrorText(t, error)} /> : null}
      {active === 0 ? <FileSettings imp={imp} pending={patch.isPending} onChange={change} /> : null}
      {active === 1 ? <MappingTable imp={imp} customEntity={customEntityOf(imp.entity)} pending={patch.isPending} onChange={change} /> : null}
      {active === 2 ? <PreviewTable imp={imp} /> : null}
      {active === 3 ? <OptionsForm imp={imp} pending={patch.isPending} onChange={change} /> : null}
      <Group justify="space-between">
        <Button variant="default" onClick={() => setActive((s) => s - 1)} disabled={active === 0}>
          {t('imports.back')}
        </Button>
        {last ? (
          <Button
            leftSection={<IconPlayerPlay size={16} />}
            loading={action.isPending}
            disabled={patch.isPending || !mapped}
            onClick={() => action.mutate({ action: 'run', version: imp.version })}
            data-testid="import-run"
          >
            {t('imports.run')}
          </Button>
        ) : (
          <Button onClick={() => setActive((s) => s + 1)} disabled={patch.isPending || (active === 1 && !mapped)} data-testid="import-next">
            {active === 0 ? t('imports.confirmFile') : t('imports.next')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
