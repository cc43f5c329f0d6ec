import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ContactCard } from './ContactCard';
import { ContactsPage } from './ContactsPage';

/** /contacts and /contacts/:id. */
export default function ContactsArea() {
  return (
    <Routes>
      <Route index element={<ContactsPage />} />
      <Route path=":id" element={<ContactCard />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
