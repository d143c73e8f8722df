/**
 * Builds written as generators that pause between steps (`textIndexSteps`, `decodeSteps`, `joinSteps`), so a worker
 * can answer between them; everything else runs them to the end at once.
 */

/** Runs a build of paused steps to the end, and returns what it built. */
export function finished<T>(steps: Generator<void, T, void>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
