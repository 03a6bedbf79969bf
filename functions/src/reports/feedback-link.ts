/**
 * The feedback link of a « réparé » mail (docs/reopen-and-satisfaction.md): 32 random bytes, of which only the
 * SHA-256 is stored with the report and the fix it answers. Made by the reporter's notifier when it composes the
 * mail of a fix, so it reaches only the address the reporter confirmed (mail-confirmation.md); the tracking code,
 * printed on receipts and visible to whoever has the tracking link, is not enough to reopen or rate.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { FEEDBACK_FRAGMENT, FEEDBACK_DAYS, feedbackKeys, type FeedbackLinkItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { newToken, tokenHash } from '../notify/mail-address.js';

const DAY_S = 86_400;

/** Stores a new link for the fix made at `fixedAt` and returns the tracking page's URL that carries it. */
export async function newFeedbackLink(commune: string, code: string, fixedAt: string, now: string, baseUrl: string): Promise<string> {
  const token = newToken();
  const item: FeedbackLinkItem = {
    ...feedbackKeys.link(commune, tokenHash(token)),
    type: 'feedback-link',
    commune,
    code,
    fixedAt,
    createdAt: now,
    // Kept a month past the window (a late click is told « délai dépassé », not « lien inconnu »), then TTL.
    expiresAt: Math.floor(Date.parse(fixedAt) / 1000) + (FEEDBACK_DAYS + 1 + 31) * DAY_S,
  };
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
  return `${baseUrl}/${commune}/suivi/${code}/#${FEEDBACK_FRAGMENT}=${token}`;
}

/** The link a token names in this commune, if it is one of this report's. */
export async function feedbackLinkOf(commune: string, code: string, token: string): Promise<FeedbackLinkItem | undefined> {
  const res = await ddb().send(
    new GetCommand({ TableName: env().tableName, Key: feedbackKeys.link(commune, tokenHash(token)), ConsistentRead: true }),
  );
  const link = res.Item as FeedbackLinkItem | undefined;
  return link && link.code === code ? link : undefined;
}
