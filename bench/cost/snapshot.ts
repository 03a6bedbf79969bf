/**
 * What is stored on one machine at an instant, to count what an action added: the table's bytes as AWS bills them (items
 * with a TTL left out: they go within days), the bucket's bytes in its kept folders and in uploads/, the mails sent.
 * Read with clients of its own, outside any function, so the meter does not count these reads.
 */
import { readdirSync } from 'node:fs';
import { type AttributeValue, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { BUCKET_FOLDERS, TABLE_TTL_ATTRIBUTE } from '@tandem/shared';
import { LOCAL_CREDENTIALS } from '../../infra/local/services/dynamodb-local.js';
import { S3RVER_CREDENTIALS } from '../../infra/local/services/s3rver.js';
import { storedBytes } from './item-size.js';

export interface Stored {
  tableBytes: number;
  keptBytes: number;
  uploadBytes: number;
  mails: number;
}

export interface StoreAddresses {
  dynamodbEndpoint: string;
  table: string;
  s3Endpoint: string;
  bucket: string;
  outboxDir: string;
}

export class StoreReader {
  private readonly ddb: DynamoDBClient;
  private readonly s3: S3Client;

  constructor(private readonly a: StoreAddresses) {
    this.ddb = new DynamoDBClient({ region: 'eu-west-1', endpoint: a.dynamodbEndpoint, credentials: LOCAL_CREDENTIALS });
    this.s3 = new S3Client({ region: 'eu-west-1', endpoint: a.s3Endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
  }

  async read(): Promise<Stored> {
    let tableBytes = 0;
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.ddb.send(new ScanCommand({ TableName: this.a.table, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) if (!item[TABLE_TTL_ATTRIBUTE]) tableBytes += storedBytes(item);
      start = page.LastEvaluatedKey;
    } while (start);
    let keptBytes = 0;
    let uploadBytes = 0;
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.a.bucket, ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        if (o.Key?.startsWith(BUCKET_FOLDERS.uploads)) uploadBytes += o.Size ?? 0;
        else keptBytes += o.Size ?? 0;
      }
      token = page.NextContinuationToken;
    } while (token);
    const mails = readdirSync(this.a.outboxDir).filter((f) => f.endsWith('.json')).length;
    return { tableBytes, keptBytes, uploadBytes, mails };
  }

  /** The size of each object (0 when gone): what a presigned read URL would send. */
  async sizes(keys: readonly string[]): Promise<number> {
    let total = 0;
    for (const Key of keys) {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.a.bucket, Key })).catch(() => undefined);
      total += head?.ContentLength ?? 0;
    }
    return total;
  }

  destroy(): void {
    this.ddb.destroy();
    this.s3.destroy();
  }
}
