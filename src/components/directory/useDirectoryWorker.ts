import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { PAGE_SIZE, viewKey, type DirectoryData, type DirectoryState, type DirectoryView } from '../../lib/directory';
import { LatestOnly } from '../../lib/latest-only';
import { afterPaint } from '../search/after-paint';
import { connectDirectory } from './directory-connection';
import type { DirectoryReply, DirectoryRequest } from './directory.worker';

type Query = Extract<DirectoryRequest, { type: 'query' }>;

/**
 * The directory's search in a Web Worker (`directory.worker.ts`, reached through `connectDirectory`): the facets and
 * cities once the data has arrived, the view of the latest state asked for, how far the search has come, and whether
 * the data could not be loaded. The questions go through `LatestOnly`: one in flight at a time, the newest asked
 * meanwhile next, and a question answered wholly before (not by a head alone) answered again on the page, with the
 * change that asks it.
 */
export function useDirectoryWorker(workerUrl: string, dataUrl: string) {
  const [facets, setFacets] = useState<DirectoryData['facets'] | null>(null);
  const [cities, setCities] = useState<DirectoryData['cities'] | null>(null);
  const [view, setView] = useState<DirectoryView | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState<'filters' | 'words' | 'warm'>('filters');
  // Where the data is a head (`DirectoryHead`), how its later pieces fare; 'none' for a directory in one payload.
  const [pieces, setPieces] = useState<'none' | Extract<DirectoryReply, { type: 'pieces' }>['state']>('none');
  const questions = useRef<LatestOnly<Query, DirectoryView> | null>(null);
  const foreseeing = useRef<((query: Query) => void) | null>(null);

  // In the commit that hydrates the island, not after the frame that follows it: what the worker said meanwhile is
  // drawn before that frame is painted, and the first results skip a frame of the static list.
  useLayoutEffect(() => {
    // On the page's timeline, beside the worker's `directory-ready`: the first results wait for both.
    performance.mark('directory-hydrated');
    const connection = connectDirectory(workerUrl, dataUrl);
    // Once the frame that shows the whole answer to the last question is painted, the worker answers ahead the
    // letters likeliest typed next: only then, so as not to take a core from that frame. The latest such answer only.
    let settled: Query | undefined;
    const tellDrawn = () => {
      if (settled) connection.drawn(settled);
      settled = undefined;
    };
    const asked = new LatestOnly<Query, DirectoryView>(
      (query) => connection.ask(query),
      (answer) => !answer.partial,
      {
        settled: (query) => {
          if (!settled) afterPaint(tellDrawn);
          settled = query;
        },
      },
    );
    questions.current = asked;
    foreseeing.current = (query) => connection.foresee(query);
    // What the worker said before the island hydrated is told again inside this effect, where React batches the
    // updates into one render, drawn before the commit's frame; what it says later is drawn in the task it arrives in.
    let replaying = true;
    const draw = (update: () => void) => (replaying ? update() : flushSync(update));
    const stop = connection.listen((reply) => {
      if (reply.type === 'ready') {
        const first = reply.view;
        // The first results come with the facets, for the address's state: it is not asked again.
        if (first) asked.given(viewKey(first.state, PAGE_SIZE), first);
        draw(() => {
          setFacets(reply.facets);
          setCities(reply.cities);
          if (first) setView(first);
        });
        // Once the frame that shows them is painted (a task after the next frame's start), the worker goes on with what it
        // put off: the rest of the directory, its words.
        afterPaint(() => connection.painted());
      } else if (reply.type === 'failed') setFailed(true);
      else if (reply.type === 'progress') setReady(reply.ready);
      else if (reply.type === 'pieces') {
        setPieces(reply.state);
        // The whole directory's worker answers from here on, words too, and says when it is warm: in one render with
        // the pieces, or the head's warm search would be shown as the whole directory's.
        if (reply.state === 'loaded') setReady('words');
      }
      // Drawn in this task, not one the scheduler queues after the next frame's work.
      else if (asked.answer(reply.key, reply.view, !reply.unasked)) draw(() => setView(reply.view));
    });
    replaying = false;
    return () => {
      stop();
      connection.close();
      questions.current = null;
      foreseeing.current = null;
    };
  }, [workerUrl, dataUrl]);

  const ask = useCallback((state: DirectoryState, visible: number) => {
    const known = questions.current?.ask(viewKey(state, visible), { type: 'query', state, visible });
    if (known) setView(known);
  }, []);
  /** A question about to be asked: the worker answers it ahead, unless its whole answer is on the page already. */
  const foresee = useCallback((state: DirectoryState, visible: number) => {
    if (questions.current?.knows(viewKey(state, visible)) === false)
      foreseeing.current?.({ type: 'query', state, visible });
  }, []);
  return { facets, cities, view, failed, ready, pieces, ask, foresee };
}
