/**
 * Runs `work` once the frame that shows what changed now has been painted: a task after the next animation frame's
 * start, so the frame goes first. Returns what cancels it, where it has not run yet.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
