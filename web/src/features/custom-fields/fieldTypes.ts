import type { Icon } from '@tabler/icons-react';
import {
  IconAlignLeft, IconAt, IconCalendar, IconCalendarTime, IconCash, IconCheckbox, IconHash, IconLink, IconList, IconListCheck, IconPhone, IconTextSize, IconUser,
} from '@tabler/icons-react';
import type { CustomFieldType } from './customFields.api';

/** An icon per field type, for the list and the type picker. */
export const TYPE_ICONS: Record<CustomFieldType, Icon> = {
  text: IconTextSize,
  long_text: IconAlignLeft,
  number: IconHash,
  money: IconCash,
  date: IconCalendar,
  datetime: IconCalendarTime,
  select: IconList,
  multi_select: IconListCheck,
  checkbox: IconCheckbox,
  url: IconLink,
  phone: IconPhone,
  email: IconAt,
  user: IconUser,
};

export const hasOptions = (type: string) => type === 'select' || type === 'multi_select';
