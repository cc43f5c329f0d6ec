import { useState } from 'react';
import { isApiError } from '../../app/api';
import { useReloadPipelines } from './pipelines.api';

/**
 * Runs a change made from a list (reorder, retire) with a busy state and its failure; when the
 * server answers 409 (someone changed it first) the lists are reloaded and `stale` says so.
 */
export function useSalesAction() {
  const reload = useReloadPipelines();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState(false);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    setStale(false);
    try {
      await action();
      return true;
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        setStale(true);
        await reload();
      } else setFailure(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, failure, stale, run, dismiss: () => { setFailure(null); setStale(false); } };
}
