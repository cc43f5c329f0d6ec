import { Alert, Anchor, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import { recordRegistrations } from '../../records/registry';
import { useDrillList, type Drill } from './analytics.api';

const TYPES = new Set<string>(['deals', 'contacts', 'companies', 'activities']);

function titleOf(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  const record = item as Record<string, unknown>;
  for (const key of ['title', 'name', 'displayName', 'subject']) if (typeof record[key] === 'string' && record[key]) return record[key] as string;
  return String(record.id ?? '');
}

/** The records behind a number that no list filter can name: those of the ids the viewer may see, each opening its card. */
export default function DrillPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const rawType = params.get('type') ?? '';
  const type = (TYPES.has(rawType) ? rawType : 'deals') as Drill['type'];
  const ids = params.get('ids') ?? '';
  const drill = useDrillList(type, ids);
  const path = recordRegistrations().find((r) => r.plural === type)?.path ?? `/${type}`;
  return (
    <Stack>
      <Title order={2}>{t('analytics.drillTitle')}</Title>
      {drill.isLoading ? <Skeleton height={200} /> : drill.error ? <Alert color="red" variant="light">{apiErrorText(t, drill.error)}</Alert> : (
        <>
          <Text size="sm" c="dimmed">{t('analytics.drillCount', { count: drill.data?.items.length ?? 0 })}</Text>
          <Table striped highlightOnHover>
            <Table.Tbody>
              {(drill.data?.items ?? []).map((item, i) => {
                const id = String((item as { id?: unknown }).id ?? i);
                return (
                  <Table.Tr key={id}>
                    <Table.Td><Anchor component={Link} to={`${path}/${encodeURIComponent(id)}`}>{titleOf(item) || id}</Anchor></Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
