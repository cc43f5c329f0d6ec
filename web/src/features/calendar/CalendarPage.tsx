import { useMemo, useRef, useState } from 'react';
import { Alert, Group, Paper, Stack, Title } from '@mantine/core';
import FullCalendar from '@fullcalendar/react';
import type { DateSelectArg, DatesSetArg, EventClickArg, EventDropArg } from '@fullcalendar/core';
import bgLocale from '@fullcalendar/core/locales/bg';
import ruLocale from '@fullcalendar/core/locales/ru';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { currentLocale } from '../../i18n/i18n';
import { recordPath } from '../../records/registry';
import { useIsPhone } from '../clients/useIsPhone';
import { ActivityForm, type ActivityPreset } from '../activities/ActivityForm';
import { useRescheduleActivity } from '../activities/activities.api';
import { toWallTime } from '../activities/zonedTime';
import { useCalendar, type CalendarScope } from './calendar.api';
import { movedDue, rangeOf, toCalendarEvent } from './calendarEvents';
import { ScopePicker } from './ScopePicker';
import classes from './Calendar.module.css';
import { fixCalendarChrome } from './calendarA11y';

const LOCALES = [ruLocale, bgLocale];

/** Day, week and month views of tasks and meetings; drag to reschedule, click an empty slot to plan one. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const calendarRef = useRef<FullCalendar>(null);
  const paperRef = useRef<HTMLDivElement>(null);
  const [scope, setScope] = useState<CalendarScope>({ kind: 'me' });
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [preset, setPreset] = useState<ActivityPreset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ready = scope.kind === 'me' || scope.id !== '';
  const calendar = useCalendar(scope, ready ? range : null);
  const reschedule = useRescheduleActivity();
  const timeZone = me.timeZone;

  const events = useMemo(
    () =>
      (calendar.data ?? []).flatMap((item) => {
        const event = toCalendarEvent(
          { id: item.id, version: item.version, kind: item.kind, title: item.title, status: item.status, dueAt: item.dueAt, allDay: item.allDay, dueDay: item.dueDay, endsAt: item.endsAt, canMove: item.abilities.edit },
          timeZone,
        );
        return event ? [event] : [];
      }),
    [calendar.data, timeZone],
  );

  function onDatesSet(info: DatesSetArg) {
    // After the view has drawn its grid.
    requestAnimationFrame(() => fixCalendarChrome(paperRef.current));
    const next = rangeOf(info.start, info.end, timeZone);
    setRange((current) => (current?.from === next.from && current.to === next.to ? current : next));
  }

  async function onDrop(info: EventDropArg) {
    if (!info.event.start) return info.revert();
    setError(null);
    const due = movedDue(info.event.start, info.event.allDay, timeZone);
    try {
      // A meeting moves with its end, so it keeps its length.
      const end = info.event.end && !info.event.allDay ? movedDue(info.event.end, false, timeZone).dueAt : undefined;
      await reschedule.mutateAsync({ id: info.event.id, version: Number(info.event.extendedProps.version), ...due, ...(end ? { endsAt: end } : {}) });
    } catch (failure) {
      info.revert();
      setError(apiErrorText(t, failure));
    }
  }

  function onSelect(info: DateSelectArg) {
    calendarRef.current?.getApi().unselect();
    const due = movedDue(info.start, info.allDay, timeZone);
    const end = info.allDay ? null : (movedDue(info.end, false, timeZone).dueAt ?? null);
    setPreset({ kind: info.allDay ? 'task' : 'meeting', ...due, endsAt: end });
  }

  function onEventClick(info: EventClickArg) {
    info.jsEvent.preventDefault();
    navigate(recordPath('activity', info.event.id));
  }

  return (
    <Stack gap="md" data-testid="calendar-page">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t('calendar.title')}
        </Title>
        <ScopePicker value={scope} onChange={setScope} />
      </Group>
      {error ? (
        <Alert color="red" withCloseButton onClose={() => setError(null)} data-testid="calendar-error">
          {error}
        </Alert>
      ) : null}
      {calendar.isError ? <Alert color="red">{apiErrorText(t, calendar.error)}</Alert> : null}
      <Paper ref={paperRef} withBorder radius="md" p={{ base: 'xs', sm: 'md' }} className={classes.calendar} aria-busy={calendar.isFetching}>
        <FullCalendar
          ref={calendarRef}
          plugins={[dayGridPlugin, timeGridPlugin, interactionPlugin]}
          initialView={isPhone ? 'timeGridDay' : 'timeGridWeek'}
          headerToolbar={isPhone ? { left: 'prev,next', center: 'title', right: 'today' } : { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay' }}
          footerToolbar={isPhone ? { center: 'dayGridMonth,timeGridWeek,timeGridDay' } : undefined}
          locales={LOCALES}
          locale={currentLocale()}
          // Wall times of the user's zone arrive dressed as UTC (see calendarEvents.ts).
          timeZone="UTC"
          nowIndicator
          // Events are links the keyboard reaches (Enter opens one), which also makes the hour grid reachable.
          eventInteractive
          now={() => `${toWallTime(new Date(), timeZone)}Z`}
          // Tall enough for a working day; the hours scroll inside, starting at 08:00.
          contentHeight={isPhone ? 560 : 680}
          scrollTime="08:00:00"
          slotMinTime="00:00:00"
          allDayText={t('calendar.allDay')}
          events={events}
          editable={ready}
          selectable={ready}
          selectMirror
          dayMaxEvents
          datesSet={onDatesSet}
          eventDrop={(info) => void onDrop(info)}
          select={onSelect}
          eventClick={onEventClick}
        />
      </Paper>
      <ActivityForm opened={preset !== null} onClose={() => setPreset(null)} preset={preset ?? undefined} onCreated={() => setPreset(null)} />
    </Stack>
  );
}

