import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GuardedModal } from '../components/form/GuardedModal';
import { useIsPhone } from '../features/clients/useIsPhone';

interface RecordFormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/** The frame of a record type's form: a wide dialog, the whole screen on phones; closing it with changes asks first. */
export function RecordFormModal({ opened, onClose, title, children }: RecordFormModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      title={title}
      size="xl"
      fullScreen={isPhone}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened ? children : null}
    </GuardedModal>
  );
}
