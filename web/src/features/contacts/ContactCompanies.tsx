import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLinkMutations } from '../contact-links/contactLinks.api';
import type { Contact } from '../clients/clientTypes';
import { LinkModal, type LinkModalState } from '../contact-links/LinkModal';
import { LinksPanel, type LinkRow } from '../contact-links/LinksPanel';

/** The companies a contact works or worked for, with role and dates; add, change, remove. */
export function ContactCompanies({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const links = useLinkMutations();
  const [modal, setModal] = useState<LinkModalState | null>(null);
  const [removing, setRemoving] = useState<LinkRow | null>(null);
  const rows: LinkRow[] = contact.companies.map((link) => ({
    linkId: link.linkId,
    target: link.company ? { id: link.company.id, title: link.company.name } : null,
    role: link.role,
    startedOn: link.startedOn,
    endedOn: link.endedOn,
  }));

  return (
    <>
      <LinksPanel
        title={t('contacts.card.companies')}
        rows={rows}
        basePath="/companies"
        emptyText={t('contacts.card.noCompanies')}
        addLabel={t('contacts.card.linkCompany')}
        canEdit={contact.abilities.edit}
        onAdd={() => setModal({ pick: 'company' })}
        onEdit={(row) => setModal({ linkId: row.linkId, role: row.role, startedOn: row.startedOn, endedOn: row.endedOn })}
        onRemove={setRemoving}
      />
      <LinkModal
        state={modal}
        onClose={() => setModal(null)}
        onSubmit={async (input, pickedId) => {
          if (modal?.linkId) await links.update.mutateAsync({ linkId: modal.linkId, input, contactId: contact.id });
          else if (pickedId) await links.link.mutateAsync({ ...input, contactId: contact.id, companyId: pickedId });
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
          await links.remove.mutateAsync({ linkId: removing.linkId, contactId: contact.id, companyId: removing.target?.id });
        }}
      >
        {t('clients.links.removeText', { a: contact.displayName, b: removing?.target?.title ?? t('clients.links.hidden') })}
      </ConfirmDialog>
    </>
  );
}
