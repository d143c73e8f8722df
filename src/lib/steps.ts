/**
 * Builds written as generators that pause between steps (`textIndexSteps`, `decodeSteps`, `joinSteps`): a worker that
 * answers between steps takes a few a task (the text index, `addTextIndexSteps`); everything else runs them to the
 * end at once.
 */

/** Runs a build of paused steps to the end, and returns what it built. */
export function finished<T>(steps: Generator<void, T, void>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Takes the steps of one task of about `budgetMs`, by the clock `now`: the first step always, and another only while
 * one as long as the step just taken would still end within the budget (a step a little under the budget's end would
 * otherwise start one of the longest, and hold the task twice as long). Stops before a step where `wanted` says the
 * build is no longer wanted. Returns the last step's result, done with undefined where it stopped unwanted, or not
 * done where the task's time is up.
 */
export function takeSteps<T>(
  steps: Generator<void, T, void>,
  budgetMs: number,
  now: () => number,
  wanted: () => boolean = () => true,
): IteratorResult<void, T | undefined> {
  const end = now() + budgetMs;
  for (let started = now(); ;) {
    if (!wanted()) return { done: true, value: undefined };
    const step = steps.next();
    const ended = now();
    if (step.done || ended + (ended - started) > end) return step;
    started = ended;
  }
}
