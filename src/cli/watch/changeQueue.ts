import { performance } from 'node:perf_hooks';

/** Paths that changed, collected while the files settle, with when the first one came. */
export interface ChangeBatch {
  paths: Set<string>;
  /** `performance.now()` of the first change of the batch. */
  firstAt: number;
}

/**
 * Collects changed paths and hands them to `handle` as one batch once no new
 * change came for `quietMs` (one save often gives several events). Batches
 * never overlap: changes that come while one is handled form the next batch.
 */
export class ChangeQueue {
  private pending: ChangeBatch | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly handle: (batch: ChangeBatch) => Promise<void>,
    private readonly quietMs = 40,
  ) {}

  add(path: string): void {
    if (this.stopped) return;
    this.pending ??= { paths: new Set(), firstAt: performance.now() };
    this.pending.paths.add(path);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.quietMs);
  }

  /** Stops taking changes; resolves when the batch being handled is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private flush(): void {
    this.timer = undefined;
    if (this.running || !this.pending || this.stopped) return;
    const batch = this.pending;
    this.pending = undefined;
    this.running = this.handle(batch).finally(() => {
      this.running = undefined;
      if (this.pending && !this.timer) this.flush();
    });
  }
}
