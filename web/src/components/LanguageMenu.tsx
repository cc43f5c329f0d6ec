import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NAMES, currentLocale, type Locale } from '../i18n/i18n';

interface LanguageMenuProps {
  onChange: (locale: Locale) => void;
}

/** A compact language picker for screens without the user menu (sign-in, setup). */
export function LanguageMenu({ onChange }: LanguageMenuProps) {
  const { t } = useTranslation();
  const active = currentLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconLanguage size={16} />} aria-label={t('userMenu.language')}>
          {LOCALE_NAMES[active]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.language')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            // Mantine fixes role="menuitem"; aria-current marks the language in use.
            aria-current={locale === active ? 'true' : undefined}
            lang={locale}
            onClick={() => onChange(locale)}
            rightSection={locale === active ? <IconCheck size={14} /> : null}
          >
            {LOCALE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
