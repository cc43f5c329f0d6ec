import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Menu, Popover, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconCalendarTime } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { daysToMonday, shiftDue, type Due, type DueChange } from './dueText';
import { dayInZone, fromWallTime, toWallTime } from './zonedTime';

interface RescheduleMenuProps {
  due: Due;
  title: string;
  onMove: (due: DueChange) => void;
  disabled?: boolean;
  /** A labelled button (on the activity's card) rather than an icon (in lists). */
  asButton?: boolean;
}

/** One click to tomorrow or next week (keeping the time of day), or a chosen day and time. */
export function RescheduleMenu({ due, title, onMove, disabled, asButton }: RescheduleMenuProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [picking, setPicking] = useState(false);
  const today = dayInZone(new Date(), me.timeZone);
  const shift = (days: number) => onMove(shiftDue(due, days, me.timeZone, today));
  // The popover only anchors the date picker to the menu's button, which has its own roles: the
  // wrapping div must not claim aria-haspopup.
  return (
    <Popover opened={picking} onChange={setPicking} position="bottom-end" withinPortal trapFocus withRoles={false}>
      <Popover.Target>
        <div>
          <Menu position="bottom-end" withinPortal disabled={disabled}>
            <Menu.Target>
              {asButton ? (
                <Button variant="default" leftSection={<IconCalendarTime size={16} />} disabled={disabled} data-testid="reschedule">
                  {t('activities.reschedule.label')}
                </Button>
              ) : (
                <Tooltip label={t('activities.reschedule.label')}>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('activities.reschedule.labelFor', { title })} disabled={disabled} data-testid="reschedule">
                    <IconCalendarTime size={18} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => shift(1)}>{t('activities.reschedule.tomorrow')}</Menu.Item>
              <Menu.Item onClick={() => shift(daysToMonday(today))}>{t('activities.reschedule.nextMonday')}</Menu.Item>
              <Menu.Item onClick={() => shift(7)}>{t('activities.reschedule.inAWeek')}</Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => setPicking(true)}>{t('activities.reschedule.pick')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </div>
      </Popover.Target>
      <Popover.Dropdown>
        {picking ? <DuePicker due={due} onPick={(next) => {
          setPicking(false);
          onMove(next);
        }} /> : null}
      </Popover.Dropdown>
    </Popover>
  );
}

function DuePicker({ due, onPick }: { due: Due; onPick: (due: DueChange) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [allDay, setAllDay] = useState(due.allDay);
  const [value, setValue] = useState(() => (due.allDay ? (due.dueDay ?? '') : due.dueAt ? toWallTime(due.dueAt, me.timeZone).slice(0, 16) : ''));
  const day = value.slice(0, 10);
  return (
    <Stack gap="xs" w={240}>
      <Checkbox
        label={t('activities.fields.allDay')}
        checked={allDay}
        onChange={(event) => {
          const whole = event.currentTarget.checked;
          setAllDay(whole);
          setValue((current) => (whole ? current.slice(0, 10) : current ? `${current.slice(0, 10)}T09:00` : ''));
        }}
      />
      <TextInput
        label={t('activities.fields.dueAt')}
        type={allDay ? 'date' : 'datetime-local'}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        data-testid="reschedule-input"
      />
      <Button
        size="xs"
        disabled={!day || (!allDay && value.length < 16)}
        onClick={() => onPick(allDay ? { dueDay: day } : { dueAt: fromWallTime(value, me.timeZone) })}
      >
        {t('activities.reschedule.move')}
      </Button>
    </Stack>
  );
}
