import { ActionIcon, Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MergeNotice } from '../../features/duplicates/MergeNotice';
import { SearchModal } from './SearchModal';
import classes from './SearchBox.module.css';

/** The top bar's search field; Ctrl/Cmd+K opens it from anywhere, even while typing in a field. */
export function SearchBox() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const os = useOs();
  const isMac = os === 'macos' || os === 'ios';
  useHotkeys([['mod+K', open]], []);

  return (
    <>
      {/* Named by what it shows ("Search…"), so speech input can say what a sighted user reads; the shortcut is in aria-keyshortcuts. */}
      <UnstyledButton className={classes.box} onClick={open} aria-keyshortcuts="Control+K Meta+K" visibleFrom="xs">
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <IconSearch size={16} aria-hidden />
            <Text size="sm" c="dimmed">
              {t('search.placeholder')}
            </Text>
          </Group>
          <Kbd size="xs" aria-hidden>{isMac ? '⌘ K' : 'Ctrl K'}</Kbd>
        </Group>
      </UnstyledButton>
      <ActionIcon variant="default" size="lg" onClick={open} aria-label={t('search.open')} hiddenFrom="xs">
        <IconSearch size={18} />
      </ActionIcon>
      <SearchModal opened={opened} onClose={close} />
      {/* The notice after a merge must outlive the screen that merged, and the top bar is always there. */}
      <MergeNotice />
    </>
  );
}
