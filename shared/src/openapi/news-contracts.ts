/** The contracts of the practical notices' routes (docs/news.md), spread into ROUTE_CONTRACTS (route-contracts.ts). */
import { PublicNewsQuery } from '../schemas/news.js';
import type { RouteContract } from './route-contracts.js';

export const NEWS_TAGS = {
  news: 'Practical notices and alerts written by the commune’s staff (road works, events, « collecte reportée »), and their Atom feed.',
  'staff-news': 'Staff write, change, unpublish and publish again the practical notices.',
} as const;

const STALE = 'Someone else changed it since you read it: reload (currentVersion) and try again; nothing was written.';

export const NEWS_CONTRACTS = {
  'GET /api/{commune}/news': {
    summary: 'The commune’s practical notices',
    description:
      'Published notices whose first day has come, newest first (at most 50); `current=true`: only those still on the home page (not past their last day), alerts first, at most 4. Never who wrote them.',
    tag: 'news',
    access: 'public',
    query: PublicNewsQuery,
    responses: {
      200: { description: 'The notices.', content: { type: 'application/json', schema: 'PublicNewsList' }, headers: ['Cache-Control'] },
    },
  },
  'GET /api/feeds/{commune}/actualites.atom': {
    summary: 'The practical notices as an Atom feed',
    description: 'Atom 1.0 (RFC 4287): the same notices as the public list, each entry linking to its anchor on the « Actualités » page.',
    tag: 'news',
    access: 'public',
    conditional: true,
    responses: {
      200: {
        description: 'Atom 1.0.',
        content: { type: 'application/atom+xml', schema: { raw: { type: 'string' } } },
        headers: ['ETag', 'Cache-Control'],
      },
    },
  },
  'GET /api/{commune}/staff/news': {
    summary: 'Every practical notice, for staff',
    description: 'Published or not, past, current and to come, newest first day first.',
    tag: 'staff-news',
    access: 'staff',
    responses: { 200: { description: 'Every notice.', content: { type: 'application/json', schema: 'NewsList' } } },
  },
  'POST /api/{commune}/staff/news': {
    summary: 'Write a practical notice',
    tag: 'staff-news',
    access: 'staff',
    body: { schema: 'NewsInput' },
    idempotent: true,
    responses: {
      201: { description: 'Written.', content: { type: 'application/json', schema: 'NewsView' }, headers: ['Location'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the notice the first request wrote.',
        content: { type: 'application/json', schema: 'NewsView' },
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      409: 'The notice is being saved right now: try again in a moment.',
      422: 'Some fields are not valid (named), or the point is outside the commune.',
    },
  },
  'PATCH /api/{commune}/staff/news/{id}': {
    summary: 'Change, unpublish or publish again a practical notice',
    description: '`published: false` takes it off the site (it stays here); `null` removes the place, the link or the last day.',
    tag: 'staff-news',
    access: 'staff',
    body: { schema: 'NewsChange' },
    idempotent: true,
    pathParams: { id: 'The notice’s id.' },
    responses: { 200: { description: 'The notice as it is now.', content: { type: 'application/json', schema: 'NewsView' } } },
    errors: {
      404: 'Unknown commune, or no notice has this id.',
      409: STALE,
      422: 'Some fields are not valid (named), or the point is outside the commune.',
    },
  },
} as const satisfies Record<string, RouteContract>;
