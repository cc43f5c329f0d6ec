import { Badge } from '@mantine/core';
import type { Deal } from './deals.api';

/** A deal's stage in its pipeline's colour. */
export function StageBadge({ stage, size = 'sm' }: { stage: Deal['stage']; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={stage.color} variant="light" size={size} style={{ width: 'max-content', flexShrink: 0, textTransform: 'none' }} autoContrast>
      {stage.name}
    </Badge>
  );
}
