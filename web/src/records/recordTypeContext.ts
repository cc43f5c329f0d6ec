import { createContext, useContext } from 'react';
import type { RecordTypeMeta } from './recordTypes.api';
import type { RecordRegistration } from './registry';
import type { AnyRecordScreens } from './screens';

/** The record type whose screens are open: its registration, its screens and the server's metadata. */
export interface RecordTypeContextValue {
  registration: RecordRegistration;
  screens: AnyRecordScreens;
  meta: RecordTypeMeta;
}

export const RecordTypeContext = createContext<RecordTypeContextValue | null>(null);

/** The open record type. @throws Error outside a type's area */
export function useRecordType(): RecordTypeContextValue {
  const value = useContext(RecordTypeContext);
  if (!value) throw new Error('useRecordType() outside a record type area');
  return value;
}
