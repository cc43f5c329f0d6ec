import { useState } from 'react';
import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../settings/SettingsPage';
import { useRecordTypes } from '../../records/recordTypes.api';
import type { CustomFieldEntity } from './customFields.api';
import { CustomFieldModal, type CustomFieldModalState } from './CustomFieldModal';
import { FieldList } from './FieldList';

/** Settings: the extra fields of each record type that has them (its metadata says so), one tab per type. */
export default function CustomFieldsPage() {
  const { t } = useTranslation();
  const types = useRecordTypes();
  const entities = (types.data ?? []).filter((type) => type.features.customFields).map((type) => type.entityType);
  const [chosen, setEntity] = useState<CustomFieldEntity | null>(null);
  const entity = chosen ?? entities[0] ?? null;
  const [modal, setModal] = useState<CustomFieldModalState>(null);
  return (
    <SettingsPage
      title={t('customFields.title')}
      description={t('customFields.description')}
      actions={
        entity ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ mode: 'create', entity })}>
            {t('customFields.add')}
          </Button>
        ) : null
      }
    >
      <Tabs value={entity} onChange={(value) => value && setEntity(value)} keepMounted={false}>
        <Tabs.List mb="md">
          {entities.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`customFields.entities.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {entities.map((value) => (
          <Tabs.Panel key={value} value={value}>
            <FieldList entity={value} onEdit={(field) => setModal({ mode: 'edit', field })} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <CustomFieldModal state={modal} onClose={() => setModal(null)} />
    </SettingsPage>
  );
}
