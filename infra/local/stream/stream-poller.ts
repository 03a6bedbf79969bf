/**
 * Reads the table's stream in DynamoDB Local (all shards, following new ones) and hands each batch to the
 * stream-to-bus function as a DynamoDBStreamEvent, as Lambda's event source mapping does in the cloud:
 * in order per shard, retried on failure (honouring batchItemFailures), checkpointed after success, and
 * sent to the dead-letter directory after the last attempt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { CheckpointStore } from './checkpoints.js';
import { toStreamEvent } from './stream-event.js';
import { invokeHandler } from '../handlers/load-handler.js';
import { LOCAL_CREDENTIALS } from '../services/dynamodb-local.js';
import { logger, type Logger } from '../util/log.js';

/** The pause between two reads of the stream, unless `intervalMs` says otherwise (the bench's live part quotes it). */
export const STREAM_POLL_INTERVAL_MS = 300;

export type StreamInvoke = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined | unknown>;

export interface StreamPollerOptions {
  endpoint: string;
  streamArn: string;
  region?: string;
  checkpointFile?: string;
  deadLetterDir: string;
  /** Lambda function entry the records go to. */
  target?: string;
  invoke?: StreamInvoke;
  intervalMs?: number;
  batchSize?: number;
  /** Attempts per batch before it is dead-lettered and skipped. */
  maxAttempts?: number;
  log?: Logger;
}

interface ShardState {
  id: string;
  parent?: string;
  iterator?: string;
  done: boolean;
  attempts: number;
  retryAt: number;
}

export class StreamPoller {
  private readonly client: DynamoDBStreamsClient;
  private readonly checkpoints: CheckpointStore;
  private readonly shards = new Map<string, ShardState>();
  private readonly log: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  private polls = 0;
  /** Records handed to the target so far. */
  delivered = 0;

  constructor(private readonly o: StreamPollerOptions) {
    this.client = new DynamoDBStreamsClient({ region: o.region ?? 'eu-west-1', endpoint: o.endpoint, credentials: LOCAL_CREDENTIALS });
    this.checkpoints = new CheckpointStore(o.checkpointFile);
    this.log = o.log ?? logger('stream');
  }

  private get target() {
    return this.o.target ?? 'events/stream-to-bus';
  }

  private invoke(event: DynamoDBStreamEvent): Promise<unknown> {
    if (this.o.invoke) return this.o.invoke(event);
    return invokeHandler(this.target, event);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.pollOnce()
        .catch((e) => this.log.error('stream poll failed', e))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.o.intervalMs ?? STREAM_POLL_INTERVAL_MS);
        });
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.client.destroy();
  }

  private async refreshShards(): Promise<void> {
    let ExclusiveStartShardId: string | undefined;
    const found: Shard[] = [];
    do {
      const res = await this.client.send(new DescribeStreamCommand({ StreamArn: this.o.streamArn, ExclusiveStartShardId }));
      found.push(...(res.StreamDescription?.Shards ?? []));
      ExclusiveStartShardId = res.StreamDescription?.LastEvaluatedShardId;
    } while (ExclusiveStartShardId);
    for (const s of found) {
      if (s.ShardId && !this.shards.has(s.ShardId)) {
        this.shards.set(s.ShardId, { id: s.ShardId, parent: s.ParentShardId, done: false, attempts: 0, retryAt: 0 });
      }
    }
  }

  private async iteratorFor(shard: ShardState): Promise<string | undefined> {
    const seq = this.checkpoints.get(this.o.streamArn, shard.id);
    const res = await this.client.send(
      new GetShardIteratorCommand({
        StreamArn: this.o.streamArn,
        ShardId: shard.id,
        ShardIteratorType: seq ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
        ...(seq ? { SequenceNumber: seq } : {}),
      }),
    );
    return res.ShardIterator;
  }

  /** One pass over every readable shard; returns how many records were delivered. */
  async pollOnce(): Promise<number> {
    if (this.polls++ % 10 === 0 || this.shards.size === 0) await this.refreshShards();
    let count = 0;
    for (const shard of this.shards.values()) {
      if (shard.done || Date.now() < shard.retryAt) continue;
      // Children wait until their parent is read to the end (order per item is kept across splits).
      if (shard.parent && this.shards.has(shard.parent) && !this.shards.get(shard.parent)!.done) continue;
      count += await this.pollShard(shard);
    }
    return count;
  }

  private async pollShard(shard: ShardState): Promise<number> {
    let records: _Record[];
    let next: string | undefined;
    try {
      shard.iterator ??= await this.iteratorFor(shard);
      if (!shard.iterator) {
        shard.done = true;
        return 0;
      }
      const res = await this.client.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: this.o.batchSize ?? 100 }));
      records = res.Records ?? [];
      next = res.NextShardIterator;
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'ExpiredIteratorException' || name === 'TrimmedDataAccessException') {
        shard.iterator = undefined;
        return 0;
      }
      if (name === 'ResourceNotFoundException') {
        shard.done = true;
        return 0;
      }
      throw e;
    }
    if (records.length === 0) {
      shard.iterator = next;
      if (!next) shard.done = true;
      return 0;
    }

    let failedFrom: number | undefined;
    let error: unknown;
    try {
      const result = await this.invoke(toStreamEvent(records, this.o.streamArn, 'eu-west-1'));
      const failures = (result as DynamoDBBatchResponse | undefined)?.batchItemFailures;
      if (Array.isArray(failures) && failures.length) {
        const ids = new Set(failures.map((f) => f.itemIdentifier));
        failedFrom = records.findIndex((r) => ids.has(r.dynamodb?.SequenceNumber ?? ''));
        if (failedFrom < 0) failedFrom = 0;
        error = new Error(`batchItemFailures: ${[...ids].join(', ')}`);
      }
    } catch (e) {
      failedFrom = 0;
      error = e;
    }

    if (failedFrom === undefined) {
      this.checkpoints.set(this.o.streamArn, shard.id, records[records.length - 1].dynamodb!.SequenceNumber!);
      shard.iterator = next;
      if (!next) shard.done = true;
      shard.attempts = 0;
      this.delivered += records.length;
      return records.length;
    }

    // Keep what succeeded, retry from the first failure.
    if (failedFrom > 0) this.checkpoints.set(this.o.streamArn, shard.id, records[failedFrom - 1].dynamodb!.SequenceNumber!);
    this.delivered += failedFrom;
    shard.iterator = undefined;
    shard.attempts++;
    const max = this.o.maxAttempts ?? 5;
    this.log.error(
      `${this.target} failed on ${records.length - failedFrom} record(s) of shard ${shard.id} (attempt ${shard.attempts}/${max})`,
      error,
    );
    if (shard.attempts >= max) {
      const rest = records.slice(failedFrom);
      this.deadLetter(rest, error);
      this.checkpoints.set(this.o.streamArn, shard.id, rest[rest.length - 1].dynamodb!.SequenceNumber!);
      shard.attempts = 0;
    } else {
      shard.retryAt = Date.now() + 500 * 2 ** (shard.attempts - 1);
    }
    return failedFrom;
  }

  private deadLetter(records: _Record[], error: unknown): void {
    mkdirSync(this.o.deadLetterDir, { recursive: true });
    const file = join(
      this.o.deadLetterDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-stream-${records[0].dynamodb?.SequenceNumber}.json`,
    );
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          target: this.target,
          failedAt: new Date().toISOString(),
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
          event: toStreamEvent(records, this.o.streamArn, 'eu-west-1'),
        },
        null,
        2,
      )}\n`,
    );
    this.log.warn(`${records.length} stream record(s) dead-lettered to ${file}`);
  }
}
