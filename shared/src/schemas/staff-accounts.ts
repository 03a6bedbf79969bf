/**
 * The staff API with which a commune's admins manage its staff accounts (functions/src/staff/staff-accounts.ts):
 * bodies and views. Departments are checked against the commune's configuration by the handler (422 naming them).
 */
import * as z from 'zod';
import { STAFF_ROLES } from '../identity.js';

/** An account's Cognito username (a UUID when e-mail is the sign-in name): the {id} of the routes. */
export const STAFF_ACCOUNT_ID_PATTERN = /^[A-Za-z0-9_.@+-]{1,128}$/;

const displayName = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .describe('The name the other staff members and the timelines show, e.g. « Marie Dupont (Travaux) ».');
const departments = z
  .array(z.string().trim().min(1).max(40))
  .max(20)
  .refine((d) => new Set(d).size === d.length, 'each department once')
  .describe('Codes of the commune\'s departments (GET /api/{commune}/config), e.g. ["travaux"].');
const role = z.enum(STAFF_ROLES).describe('agent: handles requests; worker: field worker; admin: also manages accounts and keys.');

export const StaffAccountInvite = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email()
    .max(254)
    .describe('Where the invitation (and its temporary password) is sent; the sign-in name.'),
  displayName,
  role,
  departments: departments.default([]),
});
export type StaffAccountInvite = z.infer<typeof StaffAccountInvite>;

export const StaffAccountChange = z
  .object({ displayName: displayName.optional(), role: role.optional(), departments: departments.optional() })
  .refine((c) => c.displayName !== undefined || c.role !== undefined || c.departments !== undefined, {
    message: 'name at least one of displayName, role, departments',
  });
export type StaffAccountChange = z.infer<typeof StaffAccountChange>;

export const StaffAccountQuery = z.object({
  cursor: z.string().max(2048).optional().describe('The `next` of the previous page.'),
});

export const StaffAccountView = z.object({
  id: z.string().describe('The account’s id (its Cognito username).'),
  email: z.string(),
  displayName: z.string(),
  role: role.nullable().describe('null: the account has no role group (it can open no screen).'),
  departments: z.array(z.string()),
  enabled: z.boolean(),
  status: z
    .enum(['invited', 'active', 'reset-required'])
    .describe('invited: has not chosen a password yet; reset-required: must reset it; active: signs in.'),
  createdAt: z.string().optional(),
  self: z.boolean().describe('true for the admin asking: they may not take their own admin role away nor disable themselves.'),
});
export type StaffAccountView = z.infer<typeof StaffAccountView>;

export const StaffAccountList = z.object({
  accounts: z.array(StaffAccountView),
  next: z.string().optional().describe('Present when there are more accounts: pass it as ?cursor=.'),
});
export type StaffAccountList = z.infer<typeof StaffAccountList>;
