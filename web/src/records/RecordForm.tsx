import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../components/FormError';
import { ConflictAlert } from '../components/form/ConflictAlert';
import { DuplicatesPanel } from '../features/clients/DuplicatesPanel';
import { FormActions } from '../features/clients/FormActions';
import type { useSaveFlow } from '../features/clients/useSaveFlow';

interface RecordFormProps {
  entityType: string;
  /** The form's save flow (the one form hook, plus the duplicate check). */
  flow: ReturnType<typeof useSaveFlow<never>>;
  onClose: () => void;
  saveLabel: string;
  /** The type's own sections of fields. */
  children: ReactNode;
}

/**
 * The body of any record type's form around the type's own fields: the conflict offer, the errors
 * no field shows, likely duplicates, and cancel / save.
 */
export function RecordForm({ entityType, flow, onClose, saveLabel, children }: RecordFormProps) {
  const { t } = useTranslation();
  return (
    <form ref={flow.ref} onSubmit={(event) => {
      event.preventDefault();
      void flow.submit();
    }} noValidate>
      <Stack gap="lg">
        {flow.conflict ? <ConflictAlert reloading={flow.reloading} onReload={() => void flow.reload()} /> : null}
        <FormError message={flow.formError} />
        {children}
        {flow.duplicates.length > 0 ? (
          <DuplicatesPanel
            entity={entityType}
            items={flow.duplicates}
            pending={flow.pending}
            onOpen={() => {
              flow.release();
              onClose();
            }}
            onSaveAnyway={() => void flow.submit(true)}
          />
        ) : null}
        {Object.keys(flow.errors).length > 0 ? <FormError message={t('clients.form.checkFields')} /> : null}
        <FormActions onCancel={onClose} pending={flow.pending} saveLabel={saveLabel} />
      </Stack>
    </form>
  );
}
