import { Menu } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities } from '../settings/access';
import { IMPORT_ENTITIES } from './imports.api';

/** "Import" as an item of a list's "more" menu, for a role with the import right on that list's module. */
export function ImportMenuItem({ plural, module }: { plural: string; module: string }) {
  const { t } = useTranslation();
  const abilities = useAbilities();
  if (!IMPORT_ENTITIES.some((e) => e === plural) || !abilities.can(module, 'import')) return null;
  return (
    <Menu.Item component={Link} to={`/import?entity=${plural}`} leftSection={<IconFileImport size={16} />} data-testid="open-import">
      {t('imports.button')}
    </Menu.Item>
  );
}
