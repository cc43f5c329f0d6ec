import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage';
import { HomePage } from '../features/home/HomePage';
import { SignInPage } from '../features/auth/SignInPage';
import { MODULES } from './modules';
import { NotFoundPage } from './NotFoundPage';
import { RedirectIfSignedIn, RequireSignedIn } from './RequireSignedIn';
import { SessionGate } from './SessionGate';
import { AppLayout } from './shell/AppLayout';

// Setup runs once per install, so its code (country and currency lists) stays out of the main bundle.
const SetupPage = lazy(() => import('../features/auth/SetupPage'));
// Invitations and password resets are opened once per person, from an email.
const AcceptInvitePage = lazy(() => import('../features/auth/AcceptInvitePage'));
// Settings (team, roles, audit, account) are visited now and then, mostly by administrators.
const SettingsArea = lazy(() => import('../features/settings/SettingsArea'));
// The client base: lists, forms and cards of contacts and companies.
const ContactsArea = lazy(() => import('../features/contacts/ContactsArea'));
const CompaniesArea = lazy(() => import('../features/companies/CompaniesArea'));
// Duplicates are cleaned up now and then, not on every visit.
const DuplicatesPage = lazy(() => import('../features/duplicates/DuplicatesPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SessionGate />}>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/accept-invite" element={<AcceptInvitePage />} />
        <Route
          path="/sign-in"
          element={
            <RedirectIfSignedIn>
              <SignInPage />
            </RedirectIfSignedIn>
          }
        />
        <Route
          element={
            <RequireSignedIn>
              <AppLayout />
            </RequireSignedIn>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="settings/*" element={<SettingsArea />} />
          <Route path="duplicates" element={<DuplicatesPage />} />
          <Route path="contacts/*" element={<ContactsArea />} />
          <Route path="companies/*" element={<CompaniesArea />} />
          {MODULES.filter((module) => !['settings', 'contacts', 'companies', 'duplicates'].includes(module.key)).map((module) => (
            <Route key={module.key} path={`${module.path}/*`} element={<ComingSoonPage module={module} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
