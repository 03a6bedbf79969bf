import { describe, expect, it } from 'vitest';
import { ROUTES } from '@tandem/shared';
import { routeOf } from './route-of.js';

describe('routeOf', () => {
  const table = {
    'POST /api/{commune}/auth/login': 'login',
    'POST /api/{commune}/auth/refresh': 'refresh',
    'POST /api/{commune}/auth/new-password': 'new-password',
    'POST /api/{commune}/auth/totp': 'totp',
    'POST /api/{commune}/auth/totp-setup': 'totp-setup',
    'POST /api/{commune}/auth/sign-out': 'sign-out',
    'POST /api/{commune}/auth/forgot-password': 'forgot-password',
    'POST /api/{commune}/auth/reset-password': 'reset-password',
    'POST /api/{commune}/auth/citizen/start': 'citizen-start',
    'POST /api/{commune}/auth/citizen/verify': 'citizen-verify',
    'POST /api/{commune}/auth/citizen/refresh': 'citizen-refresh',
    'POST /api/{commune}/auth/citizen/sign-out': 'citizen-sign-out',
    'POST /api/{commune}/auth/citizen/delete-account': 'citizen-delete-account',
    'POST /api/{commune}/auth/citizen/password-sign-in': 'citizen-password-sign-in',
    'GET /api/{commune}/auth/citizen/password': 'citizen-password-status',
    'POST /api/{commune}/auth/citizen/password': 'citizen-password',
    'POST /api/{commune}/auth/citizen/federation/start': 'citizen-federation-start',
    'POST /api/{commune}/auth/citizen/federation/finish': 'citizen-federation-finish',
  } as const;

  it('picks the entry of the exact routeKey', () => {
    expect(routeOf<'auth/sign-in', string>({ routeKey: 'POST /api/{commune}/auth/refresh' }, table)).toBe('refresh');
    expect(routeOf<'auth/sign-in', string>({ routeKey: 'POST /api/{commune}/auth/login' }, table)).toBe('login');
  });

  it('refuses a routeKey the map does not name, even one ending the same way', () => {
    expect(() => routeOf<'auth/sign-in', string>({ routeKey: 'POST /api/{commune}/other/refresh' }, table)).toThrow(/not served/);
    expect(() => routeOf<'auth/sign-in', string>({ routeKey: 'toString' }, table)).toThrow(/not served/);
  });

  it('does not compile with a route of the function missing, nor with another function’s route', () => {
    const { 'POST /api/{commune}/auth/totp': _totp, ...missing } = table;
    // @ts-expect-error: the table must name every route of auth/sign-in.
    expect(() => routeOf<'auth/sign-in', string>({ routeKey: 'POST /api/{commune}/auth/totp' }, missing)).toThrow(/not served/);
    // @ts-expect-error: another function's route is no entry of this one's table.
    expect(routeOf<'auth/sign-in', string>({ routeKey: 'POST /api/{commune}/auth/login' }, { ...table, 'GET /api/communes': 'x' })).toBe(
      'login',
    );
  });

  it('names only routes of the table', () => {
    const keys = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const k of Object.keys(table)) expect(keys.has(k)).toBe(true);
  });
});
