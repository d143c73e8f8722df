import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { viewKey, type DirectoryData, type DirectoryState, type DirectoryView } from '../../lib/directory';
import { LatestOnly } from '../../lib/latest-only';
import type { DirectoryReply, DirectoryRequest } from './directory.worker';

type Query = Extract<DirectoryRequest, { type: 'query' }>;

/**
 * The directory's search in a Web Worker (`directory.worker.ts`): the facets and cities once the data has arrived, the view
 * of the latest state asked for, how far the search has come, and whether the data could not be loaded. One question is in flight at a time;
 * of those asked meanwhile, only the newest is sent.
 */
export function useDirectoryWorker(dataUrl: string) {
  const [facets, setFacets] = useState<DirectoryData['facets'] | null>(null);
  const [cities, setCities] = useState<DirectoryData['cities'] | null>(null);
  const [view, setView] = useState<DirectoryView | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState<'filters' | 'words' | 'warm'>('filters');
  const queue = useRef<LatestOnly<Query> | null>(null);

  useEffect(() => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./directory.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      // A browser without module workers keeps the static list, with the notice that the search did not load.
      setFailed(true);
      return undefined;
    }
    const latest = new LatestOnly<Query>((query) => worker.postMessage(query satisfies DirectoryRequest));
    queue.current = latest;
    worker.onmessage = ({ data: reply }: MessageEvent<DirectoryReply>) => {
      if (reply.type === 'ready') {
        setFacets(reply.facets);
        setCities(reply.cities);
      } else if (reply.type === 'failed') setFailed(true);
      else if (reply.type === 'progress') setReady(reply.ready);
      else {
        // Drawn in this task, not one the scheduler queues after the next frame's work.
        flushSync(() => setView(reply.view));
        latest.answered();
      }
    };
    worker.onerror = () => setFailed(true);
    // Fetched here, where the page's preload of it is found, and handed over without a copy.
    let cancelled = false;
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${dataUrl} answered ${response.status}`);
        return response.arrayBuffer();
      })
      .then((json) => !cancelled && worker.postMessage({ type: 'load', json } satisfies DirectoryRequest, [json]))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      lastAsked.current = '';
      worker.terminate();
      queue.current = null;
    };
  }, [dataUrl]);

  // The same question twice in a row (the state read again from the address, say) is asked once.
  const lastAsked = useRef('');
  const ask = useCallback((state: DirectoryState, visible: number) => {
    const key = viewKey(state, visible);
    if (!queue.current || key === lastAsked.current) return;
    lastAsked.current = key;
    queue.current.ask({ type: 'query', state, visible });
  }, []);
  return { facets, cities, view, failed, ready, ask };
}
