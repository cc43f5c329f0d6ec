import { useState } from 'react';
import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../settings/SettingsPage';
import { CUSTOM_FIELD_ENTITIES, type CustomFieldEntity } from './customFields.api';
import { CustomFieldModal, type CustomFieldModalState } from './CustomFieldModal';
import { FieldList } from './FieldList';

/** Settings: the extra fields of contacts and companies, one tab per record type. */
export default function CustomFieldsPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<CustomFieldEntity>('contact');
  const [modal, setModal] = useState<CustomFieldModalState>(null);
  return (
    <SettingsPage
      title={t('customFields.title')}
      description={t('customFields.description')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ mode: 'create', entity })}>
          {t('customFields.add')}
        </Button>
      }
    >
      <Tabs value={entity} onChange={(value) => value && setEntity(value as CustomFieldEntity)} keepMounted={false}>
        <Tabs.List mb="md">
          {CUSTOM_FIELD_ENTITIES.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`customFields.entities.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CUSTOM_FIELD_ENTITIES.map((value) => (
          <Tabs.Panel key={value} value={value}>
            <FieldList entity={value} onEdit={(field) => setModal({ mode: 'edit', field })} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <CustomFieldModal state={modal} onClose={() => setModal(null)} />
    </SettingsPage>
  );
}
