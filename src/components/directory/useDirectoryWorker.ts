import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { PAGE_SIZE, viewKey, type DirectoryData, type DirectoryState, type DirectoryView } from '../../lib/directory';
import { LatestOnly } from '../../lib/latest-only';
import { connectDirectory } from './directory-connection';
import type { DirectoryReply, DirectoryRequest } from './directory.worker';

type Query = Extract<DirectoryRequest, { type: 'query' }>;

/**
 * The directory's search in a Web Worker (`directory.worker.ts`, reached through `connectDirectory`): the facets and cities once the data has arrived, the view
 * of the latest state asked for, how far the search has come, and whether the data could not be loaded. One question is in flight at a time;
 * of those asked meanwhile, only the newest is sent.
 */
export function useDirectoryWorker(workerUrl: string, dataUrl: string) {
  const [facets, setFacets] = useState<DirectoryData['facets'] | null>(null);
  const [cities, setCities] = useState<DirectoryData['cities'] | null>(null);
  const [view, setView] = useState<DirectoryView | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState<'filters' | 'words' | 'warm'>('filters');
  // Where the data is a head (`DirectoryHead`), how its later pieces fare; 'none' for a directory in one payload.
  const [pieces, setPieces] = useState<'none' | Extract<DirectoryReply, { type: 'pieces' }>['state']>('none');
  const queue = useRef<LatestOnly<Query> | null>(null);

  // In the commit that hydrates the island, not after the frame that follows it: what the worker said meanwhile is
  // drawn before that frame is painted, and the first results skip a frame of the static list.
  useLayoutEffect(() => {
    // On the page's timeline, beside the worker's `directory-ready`: the first results wait for both.
    performance.mark('directory-hydrated');
    const connection = connectDirectory(workerUrl, dataUrl);
    const latest = new LatestOnly<Query>((query) => connection.ask(query));
    queue.current = latest;
    // What the worker said before the island hydrated is told again inside this effect, where React batches the
    // updates into one render, drawn before the commit's frame; what it says later is drawn in the task it arrives in.
    let replaying = true;
    const draw = (update: () => void) => (replaying ? update() : flushSync(update));
    const stop = connection.listen((reply) => {
      if (reply.type === 'ready') {
        const first = reply.view;
        // The first results come with the facets, for the address's state: it is not asked again.
        if (first) lastAsked.current = viewKey(first.state, PAGE_SIZE);
        draw(() => {
          setFacets(reply.facets);
          setCities(reply.cities);
          if (first) setView(first);
        });
      } else if (reply.type === 'failed') setFailed(true);
      else if (reply.type === 'progress') setReady(reply.ready);
      else if (reply.type === 'pieces') setPieces(reply.state);
      else {
        // Drawn in this task, not one the scheduler queues after the next frame's work.
        draw(() => setView(reply.view));
        if (!reply.unasked) latest.answered();
      }
    });
    replaying = false;
    return () => {
      stop();
      connection.close();
      lastAsked.current = '';
      queue.current = null;
    };
  }, [workerUrl, dataUrl]);

  // The same question twice in a row (the state read again from the address, say) is asked once.
  const lastAsked = useRef('');
  const ask = useCallback((state: DirectoryState, visible: number) => {
    const key = viewKey(state, visible);
    if (!queue.current || key === lastAsked.current) return;
    lastAsked.current = key;
    queue.current.ask({ type: 'query', state, visible });
  }, []);
  return { facets, cities, view, failed, ready, pieces, ask };
}
