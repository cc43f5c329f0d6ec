import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { ContentSkeleton } from '../components/ContentSkeleton';
import { HomePage } from '../features/home/HomePage';
import { SignInPage } from '../features/auth/SignInPage';
import '../records/registrations';
import { recordRegistrations, type RecordRegistration } from '../records/registry';
import { useRecordTypes } from '../records/recordTypes.api';
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
// Each record type's list and card: the generic screens and the type's own parts load on its first visit.
function recordArea(registration: RecordRegistration) {
  return lazy(async () => {
    const [{ RecordRoutes }, screens] = await Promise.all([import('../records/RecordRoutes'), registration.screens()]);
    return { default: () => <RecordRoutes registration={registration} screens={screens} /> };
  });
}
const RECORD_AREAS = recordRegistrations().map((registration) => ({ registration, Area: recordArea(registration) }));

function RecordArea({ Area }: { Area: ComponentType }) {
  // The types' metadata is asked for while the screens' code loads, not after it; the inner
  // boundary lets this component mount (and its query start) while the code is on its way.
  useRecordTypes();
  return (
    <Suspense fallback={<ContentSkeleton />}>
      <Area />
    </Suspense>
  );
}
// The deal board brings drag and drop and virtual lists of its own.
const BoardPage = lazy(() => import('../features/board/BoardPage'));
// My day and the calendar (which brings FullCalendar) load on their first visit.
const MyDayPage = lazy(() => import('../features/my-day/MyDayPage'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage'));
// Duplicates are cleaned up now and then, not on every visit.
const DuplicatesPage = lazy(() => import('../features/duplicates/DuplicatesPage'));
// The import wizard is opened now and then, mostly when a workspace moves in.
const ImportPage = lazy(() => import('../features/imports/ImportPage'));
// Dashboards and reports bring ECharts: they load on their first visit.
const DashboardPage = lazy(() => import('../features/analytics/DashboardPage'));
const DrillPage = lazy(() => import('../features/analytics/DrillPage'));
const ReportBuilderPage = lazy(() => import('../features/analytics/ReportBuilderPage'));

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
          <Route path="import/:id?" element={<ImportPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="dashboard/drill" element={<DrillPage />} />
          <Route path="reports" element={<ReportBuilderPage />} />
          <Route path="my-day" element={<MyDayPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="deals/board/:pipelineId?" element={<BoardPage />} />
          {RECORD_AREAS.map(({ registration, Area }) => (
            <Route key={registration.entityType} path={`${registration.path.slice(1)}/*`} element={<RecordArea Area={Area} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
