import type { DataInput } from '../collectInputs.js';
import type { JobOptions, JobReport } from '../jobs/jobTypes.js';
import type { Refresh } from './jobRunner.js';

/** `workerData` of a render worker. */
export interface WorkerData {
  options: JobOptions;
}

/**
 * From the pool to a worker. `cancel`: the jobs the worker was sent and has
 * not started are answered with no report.
 */
export type ToWorker = { type: 'job'; id: number; input: DataInput } | { type: 'refresh'; what: Refresh } | { type: 'cancel' };

/**
 * From a worker to the pool: `ready` once its pipeline is loaded, then a
 * report per job (none for a job cancelled before it started).
 */
export type FromWorker = { type: 'ready' } | { type: 'report'; id: number; report: JobReport | undefined };
