import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { RecordFormProps } from './screens';

/**
 * A type's form whose code loads the first time it opens, not with the list or card: most visits
 * never open it. Once opened it stays mounted, so closing animates and reopening is instant.
 */
export function lazyForm<R>(load: () => Promise<ComponentType<RecordFormProps<R>>>): ComponentType<RecordFormProps<R>> {
  const Form = lazy(async () => ({ default: await load() }));
  return function LazyRecordForm(props: RecordFormProps<R>) {
    const [wanted, setWanted] = useState(props.opened);
    if (props.opened && !wanted) setWanted(true);
    if (!wanted) return null;
    return (
      <Suspense fallback={null}>
        <Form {...props} />
      </Suspense>
    );
  };
}
