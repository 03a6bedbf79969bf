/** The staff API that issues and revokes Open311 API keys (admins only): bodies and views. */
import * as z from 'zod';

export const Open311KeyInput = z.object({
  application: z.string().trim().min(2).max(80).describe('The client application the key is for, e.g. « FixMyStreet Hainaut ».'),
});
export type Open311KeyInput = z.infer<typeof Open311KeyInput>;

export const Open311KeyView = z.object({
  id: z.string(),
  application: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Open311KeyView = z.infer<typeof Open311KeyView>;

export const Open311KeyList = z.object({ keys: z.array(Open311KeyView) });

export const IssuedOpen311Key = Open311KeyView.extend({
  key: z.string().describe('The api_key to give the application: shown this once, only its hash is kept.'),
});
export type IssuedOpen311Key = z.infer<typeof IssuedOpen311Key>;
