import { Button } from '@mantine/core';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The same deals as a kanban board, per pipeline. */
export function BoardLink() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/deals/board" variant="default" leftSection={<IconLayoutKanban size={16} />} data-testid="open-board">
      {t('deals.board')}
    </Button>
  );
}
