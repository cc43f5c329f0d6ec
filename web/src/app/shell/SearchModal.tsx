import { Modal, em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SearchPalette } from '../../features/search/SearchPalette';

interface SearchModalProps {
  opened: boolean;
  onClose: () => void;
}

/** The global search dialog (Ctrl/Cmd+K); the whole screen on phones. */
export function SearchModal({ opened, onClose }: SearchModalProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.sm, theme.breakpoints) - 1)})`) ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.label')}
      size="lg"
      fullScreen={isPhone}
      yOffset="10dvh"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      transitionProps={isPhone ? { transition: 'fade', duration: 150 } : undefined}
    >
      <SearchPalette onClose={onClose} fullScreen={isPhone} />
    </Modal>
  );
}
