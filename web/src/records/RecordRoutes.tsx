import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../app/NotFoundPage';
import { apiErrorText } from '../app/errorText';
import { ContentSkeleton } from '../components/ContentSkeleton';
import { ErrorState } from '../components/ErrorState';
import { CardFallback } from '../features/clients/CardFallback';
import { NoAccess } from '../features/settings/NoAccess';
import { RecordCard } from './RecordCard';
import { RecordListPage } from './RecordListPage';
import { RecordTypeContext } from './recordTypeContext';
import { useRecordTypeMeta } from './recordTypes.api';
import type { RecordRegistration } from './registry';
import type { AnyRecordScreens } from './screens';

/** `<path>` (the list) and `<path>/:id` (a card) of one record type, once the server's metadata is there. */
export function RecordRoutes({ registration, screens }: { registration: RecordRegistration; screens: AnyRecordScreens }) {
  const { t } = useTranslation();
  const { meta, missing, query } = useRecordTypeMeta(registration.entityType);
  if (!meta && !missing) return query.isError ? <ErrorState message={apiErrorText(t, query.error)} onRetry={() => void query.refetch()} /> : <ContentSkeleton />;
  if (!meta) {
    // The server lists only the types the user may see: the list says so, a card looks missing.
    return (
      <Routes>
        <Route index element={<NoAccess />} />
        <Route path=":id" element={<CardFallback entityType={registration.entityType} error={null} onRetry={() => undefined} missing />} />
      </Routes>
    );
  }
  return (
    <RecordTypeContext value={{ registration, screens, meta }}>
      <Routes>
        <Route index element={<RecordListPage />} />
        <Route path=":id" element={<RecordCard />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RecordTypeContext>
  );
}
