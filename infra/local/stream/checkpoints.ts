/** Last processed sequence number per shard, kept in a file so a restart does not re-send records. */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic-file.js';

export interface Checkpoints {
  /** Keyed by stream ARN, then shard id. */
  [streamArn: string]: Record<string, string>;
}

export class CheckpointStore {
  private data: Checkpoints;
  constructor(private readonly file: string | undefined) {
    this.data = {};
    if (file && existsSync(file)) {
      try {
        this.data = JSON.parse(readFileSync(file, 'utf8')) as Checkpoints;
      } catch {
        this.data = {};
      }
    }
  }

  get(streamArn: string, shardId: string): string | undefined {
    return this.data[streamArn]?.[shardId];
  }

  set(streamArn: string, shardId: string, sequenceNumber: string): void {
    this.data[streamArn] ??= {};
    this.data[streamArn][shardId] = sequenceNumber;
    if (!this.file) return;
    writeFileAtomic(this.file, JSON.stringify(this.data));
  }
}
