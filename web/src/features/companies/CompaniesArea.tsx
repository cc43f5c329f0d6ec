import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { CompaniesPage } from './CompaniesPage';
import { CompanyCard } from './CompanyCard';

/** /companies and /companies/:id. */
export default function CompaniesArea() {
  return (
    <Routes>
      <Route index element={<CompaniesPage />} />
      <Route path=":id" element={<CompanyCard />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
