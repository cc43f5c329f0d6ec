import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NotFoundPage } from '../../app/NotFoundPage';
import { formatSize } from './format';
import { isBusy, useImport } from './imports.api';
import { DraftWizard } from './DraftWizard';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { NewImport } from './NewImport';

/** One import, in whatever state it is: its wizard while a draft, its progress while running, its report after. */
function ImportView({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useImport(id);
  if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const imp = query.data;
  if (!imp) return <ContentSkeleton />;
  return (
    <Stack>
      <Group gap="xs" wrap="wrap">
        <Text fw={500} data-testid="import-file-name" style={{ overflowWrap: 'anywhere' }}>{imp.fileName}</Text>
        <Text size="sm" c="dimmed">
          {t(`nav.${imp.entity}`)} · {formatSize(imp.size)}
        </Text>
      </Group>
      {imp.status === 'draft' ? <DraftWizard imp={imp} /> : isBusy(imp.status) ? <ImportProgress imp={imp} /> : <ImportReport imp={imp} />}
    </Stack>
  );
}

/** `/import` (a new import and the history) and `/import/:id` (one import, restored as it is after a reload). */
export default function ImportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">{t('imports.title')}</Title>
        {id ? <Anchor component={Link} to="/import">{t('imports.allImports')}</Anchor> : null}
      </Group>
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>{id ? <ImportView id={id} /> : <NewImport />}</Paper>
      {id ? null : <ImportHistory />}
    </Stack>
  );
}
