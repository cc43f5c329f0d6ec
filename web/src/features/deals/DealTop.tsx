import { Stack } from '@mantine/core';
import { DealItemsCard } from './DealSections';
import type { Deal } from './deals.api';
import { StagePath } from './StagePath';

/** Across a deal's card under its header: where it stands in its pipeline (with the moves), then its line items. */
export function DealTop({ record, onChanged }: { record: Deal; onChanged: () => Promise<void> }) {
  return (
    <Stack gap="md">
      <StagePath record={record} onChanged={onChanged} />
      <DealItemsCard deal={record} />
    </Stack>
  );
}
