import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../app/errorText';

interface ErrorAlertProps {
  error: unknown;
  /** A message that says more than the generic one for the error's code. */
  text?: string;
  title?: string;
  children?: ReactNode;
}

/** A failure that is not about one field, in words, announced to screen readers. */
export function ErrorAlert({ error, text, title, children }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" title={title}>
      {text ?? apiErrorText(t, error)}
      {children}
    </Alert>
  );
}
