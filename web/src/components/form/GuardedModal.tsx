import { Modal, type ModalProps } from '@mantine/core';
import { useGuardedClose } from './useGuardedClose';

/** A Mantine modal whose Esc, ✕ and outside click ask before throwing away unsaved changes. */
export function GuardedModal({ opened, onClose, children, ...rest }: ModalProps) {
  const { close, question } = useGuardedClose(opened, onClose);
  return (
    <>
      <Modal opened={opened} onClose={close} {...rest}>
        {children}
      </Modal>
      {question}
    </>
  );
}
