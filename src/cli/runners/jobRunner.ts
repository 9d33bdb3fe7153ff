import type { DataInput } from '../collectInputs.js';
import type { JobReport } from '../jobs/jobTypes.js';

/** What cached state to drop before the next render (`briefing watch`). */
export type Refresh = 'templates' | 'locales' | 'everything';

/**
 * Renders data files one job at a time per worker: in this process
 * (`inProcessRunner`) or in a pool of worker threads (`workerPoolRunner`).
 */
export interface JobRunner {
  /** Renders one file; calls may overlap, the runner queues them. Undefined when cancelled before it started. */
  run(input: DataInput): Promise<JobReport | undefined>;
  /**
   * Drops cached state so that the next job reads changed files again:
   * compiled templates, locale words, or everything (fonts too: a fresh worker).
   */
  refresh(what: Refresh): Promise<void>;
  /** Jobs that have not started resolve as undefined; those running finish. */
  cancelPending(): void;
  /** Waits for the running jobs and stops the workers. */
  close(): Promise<void>;
}
