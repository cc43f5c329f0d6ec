import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../i18n/format';
import { recordPath } from '../../records/registry';
import { useDealsOf } from './deals.api';
import { StageBadge } from './StageBadge';

// The list parameter that narrows deals to one record of the card's type.
const PARAM = new Map<string, 'companyId' | 'contactId'>([
  ['company', 'companyId'],
  ['contact', 'contactId'],
]);

/** The deals of a company or a person, on their card: the latest ten, with stage and amount, and the way to all of them. */
export default function RelatedDeals({ entityType, recordId }: { entityType: string; recordId: string }) {
  const param = PARAM.get(entityType);
  if (!param) return null;
  return <DealsPanel param={param} recordId={recordId} />;
}

function DealsPanel({ param, recordId }: { param: 'companyId' | 'contactId'; recordId: string }) {
  const { t } = useTranslation();
  const deals = useDealsOf(param, recordId);
  // No right to see deals: the panel stays away rather than showing an error.
  if (deals.isError) return null;
  const items = deals.data?.items ?? [];
  const total = deals.data?.total ?? items.length;
  return (
    <Paper withBorder radius="md" p="md" data-testid="related-deals">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5">
          {t('deals.title')}
          {total ? (
            <Text span c="dimmed" size="sm" fw={400}>
              {' '}
              · {formatNumber(total)}
            </Text>
          ) : null}
        </Title>
      </Group>
      {deals.isPending ? (
        <Skeleton h={40} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.card.noDeals')}
        </Text>
      ) : (
        <Stack gap={8}>
          {items.map((deal) => (
            <Group key={deal.id} justify="space-between" gap="xs" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={recordPath('deal', deal.id)} size="sm" fw={600} truncate>
                  {deal.title}
                </Anchor>
                <StageBadge stage={deal.stage} />
              </Stack>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {(deal.amount === undefined ? '—' : formatMoney(deal.amount, deal.currency))}
              </Text>
            </Group>
          ))}
          {total > items.length ? (
            <Button component={Link} to={recordPath('deal')} variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }}>
              {t('deals.card.allDeals', { n: formatNumber(total) })}
            </Button>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
