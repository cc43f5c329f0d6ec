import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLinkMutations } from '../contact-links/contactLinks.api';
import type { Company } from '../clients/clientTypes';
import { LinkModal, type LinkModalState } from '../contact-links/LinkModal';
import { LinksPanel, type LinkRow } from '../contact-links/LinksPanel';
import { ContactForm } from '../contacts/ContactForm';
import { useAbilities } from '../settings/access';

/** The people of a company with their roles: link an existing contact, create a new one here, change or remove a link. */
export function CompanyPeople({ company }: { company: Company }) {
  const { t } = useTranslation();
  const links = useLinkMutations();
  const abilities = useAbilities();
  const [modal, setModal] = useState<LinkModalState | null>(null);
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<LinkRow | null>(null);
  const rows: LinkRow[] = company.people.map((link) => ({
    linkId: link.linkId,
    target: link.contact ? { id: link.contact.id, title: link.contact.displayName } : null,
    role: link.role,
    startedOn: link.startedOn,
    endedOn: link.endedOn,
  }));

  const canCreateContact = abilities.can('contacts', 'create');

  return (
    <>
      <LinksPanel
        title={t('companies.card.people')}
        rows={rows}
        basePath="/contacts"
        emptyText={t('companies.card.noPeople')}
        addLabel={t('companies.card.addPerson')}
        canEdit={company.abilities.edit}
        onAdd={() => setModal({ pick: 'contact' })}
        onEdit={(row) => setModal({ linkId: row.linkId, role: row.role, startedOn: row.startedOn, endedOn: row.endedOn })}
        onRemove={setRemoving}
      />
      <LinkModal
        state={modal}
        onClose={() => setModal(null)}
        onSubmit={async (input, pickedId) => {
          if (modal?.linkId) await links.update.mutateAsync({ linkId: modal.linkId, input, companyId: company.id });
          else if (pickedId) await links.link.mutateAsync({ ...input, contactId: pickedId, companyId: company.id });
        }}
        footer={
          modal?.pick && canCreateContact ? (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconUserPlus size={14} />}
              onClick={() => {
                setModal(null);
                setCreating(true);
              }}
              data-testid="new-person"
            >
              {t('companies.card.newPerson')}
            </Button>
          ) : null
        }
      />
      <ContactForm
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={async (contact) => {
          await links.link.mutateAsync({ contactId: contact.id, companyId: company.id });
          setCreating(false);
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('clients.links.removeTitle')}
        confirmLabel={t('clients.links.remove')}
        color="red"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await links.remove.mutateAsync({ linkId: removing.linkId, companyId: company.id, contactId: removing.target?.id });
        }}
      >
        {t('clients.links.removeText', { a: removing?.target?.title ?? t('clients.links.hidden'), b: company.name })}
      </ConfirmDialog>
    </>
  );
}
