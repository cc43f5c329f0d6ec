/** What a record type gives the generic list, card and form: its own columns, card rows and form. */
import type { ComponentType, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ColumnDef } from '../features/clients/columns';
import type { FieldRow } from '../features/clients/FieldRows';
import type { Abilities, Email, Phone, UserRef } from '../features/clients/clientTypes';

/** One choice of an enum (a status, a size), worded for the user. */
export interface Choice {
  value: string;
  label: string;
}

/** An enum field as a filter or a bulk action offers it: its label and its choices. */
export interface ChoiceField {
  label: (t: TFunction) => string;
  choices: (t: TFunction) => Choice[];
  /** Choices that come from the server (a workspace's pipelines): a hook, used instead of `choices` where given. */
  useChoices?: (t: TFunction) => Choice[];
}

/** What the generic list needs of a row (the list API's item). */
export interface RecordListItem {
  id: string;
  /** Custom field values; absent for a type without custom fields. */
  custom?: Record<string, unknown>;
}

/** What the generic card needs of a record (the record API's answer). */
export interface CardRecord {
  id: string;
  version: number;
  abilities: Abilities;
  owner: UserRef;
  createdAt: string;
  phones?: Phone[];
  emails?: Email[];
  tags?: string[];
  custom?: Record<string, unknown>;
  notes?: string | null;
  lastActivityAt?: string | null;
}

/** What a type's form takes: create when `record` is absent, edit it otherwise. */
export interface RecordFormProps<R> {
  opened: boolean;
  onClose: () => void;
  record?: R | null;
  /** A name to start with (from "create from search"). */
  initialName?: string;
  /** After creating: by default the new record's card opens. */
  onCreated?: (record: R) => Promise<void> | void;
  /** Loads the record as it is now after a conflict (the form then reopens with the current version). */
  onReload?: () => void;
}

export interface RecordScreens<L extends RecordListItem, R extends CardRecord> {
  /** The name of a row or record, as lists, cards and dialogs show it. */
  title: (item: L | R) => string;
  list: {
    /** Standard columns besides the name, in table order; a column sorts when the server lists its key (or `sortField`) among the type's sorts. */
    columns: (t: TFunction, timeZone: string) => ColumnDef<L>[];
    defaultColumns: string[];
    /** A line under the name in the table (position, legal name). */
    subtitle: (item: L) => string | null;
    /** Lines of a row's card on phones. */
    cardDetails: (item: L) => ReactNode;
    /** Buttons or links of the type's own next to "Add" (another view of the same records). */
    Actions?: ComponentType;
  };
  /** Choices of the type's own list parameters (`status`); each shows as a filter when the server lists the parameter. */
  paramFilters?: Record<string, ChoiceField>;
  /**
   * Fields a bulk action can set (`status` → the server's `set_status` action), with their choices and
   * the bar's button; the dialog's title is `clients.bulk.titles.set_<field>`.
   */
  bulkSet?: Record<string, ChoiceField & { button: (t: TFunction) => string }>;
  /** Loads one record. @throws ApiError */
  fetch: (id: string) => Promise<R>;
  card: {
    subtitle: (record: R) => string | null;
    badge?: (record: R) => ReactNode;
    /** The type's own rows of the details; tags, custom fields, last activity and creation follow from the generic card. */
    rows: (t: TFunction, record: R, timeZone: string) => FieldRow[];
    /** Panels under the details (linked companies, people). */
    Sections?: ComponentType<{ record: R }>;
    /** A panel across the card right under its header (where the record stands, with its moves); `onChanged` reloads the card. */
    Top?: ComponentType<{ record: R; onChanged: () => Promise<void> }>;
  };
  Form: ComponentType<RecordFormProps<R>>;
}

/** A type's screens with its own record shapes erased, as the registry keeps them. */
export type AnyRecordScreens = RecordScreens<RecordListItem, CardRecord>;

/** Keeps a type's screens typed where they are written, and erases the types for the registry. */
export function defineScreens<L extends RecordListItem, R extends CardRecord>(screens: RecordScreens<L, R>): AnyRecordScreens {
  // The generic pieces hand each function only rows and records of the same type that fetched them.
  return screens as unknown as AnyRecordScreens;
}
