/**
 * A commune's registration item: its public configuration and how its staff sign in. One builder, used by
 * the CommuneStack's custom resource (cloud) and by the local provisioning; read by every handler.
 */
import * as z from 'zod';
import { CommuneConfig, publicCommuneConfig, type PublicCommuneConfig } from '../commune-config.js';
import { communePrefix } from './key-parts.js';

export const COMMUNE_REGISTRATION_SK: '#CONFIG' = '#CONFIG';
/** gsi1 partition of the platform-wide list of communes (the one key without a commune prefix). */
export const COMMUNES_INDEX_PK: 'TANDEM#COMMUNES' = 'TANDEM#COMMUNES';

export const communeRegistrationKeys = {
  commune: (commune: string) => ({ pk: `${communePrefix(commune)}COMMUNE`, sk: COMMUNE_REGISTRATION_SK }),
  communeIndex: (commune: string) => ({ gsi1pk: COMMUNES_INDEX_PK, gsi1sk: commune }),
  communeIndexPk: COMMUNES_INDEX_PK,
};

/** How a commune's staff (and citizens) sign in: its Cognito pools and app clients. */
export const CommuneAuth = z.object({
  staffPoolId: z.string(),
  staffClientId: z.string(),
  /** Token issuer of the staff pool, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc. */
  staffIssuer: z.string(),
  citizenPoolId: z.string().optional(),
  citizenClientId: z.string().optional(),
  /** Token issuer of the citizen pool (the citizen space verifies citizens' ID tokens against it). */
  citizenIssuer: z.string().optional(),
  /** The citizen pool's Cognito domain (https://…auth….amazoncognito.com), when the commune signs in through FAS. */
  citizenOAuthDomain: z.string().optional(),
});
export type CommuneAuth = z.infer<typeof CommuneAuth>;

/** A registration as the handlers use it. */
export interface CommuneRegistration {
  config: CommuneConfig;
  auth: CommuneAuth;
}

export interface CommuneRegistrationItem {
  pk: string;
  sk: typeof COMMUNE_REGISTRATION_SK;
  gsi1pk: typeof COMMUNES_INDEX_PK;
  gsi1sk: string;
  type: 'commune';
  id: string;
  /** The public configuration: demo accounts never reach the table. */
  config: PublicCommuneConfig;
  auth: CommuneAuth;
}

/** The registration item, as both the cloud and the local runtime write it. */
export function communeRegistrationItem(config: CommuneConfig, auth: CommuneAuth): CommuneRegistrationItem {
  const { commune, communeIndex } = communeRegistrationKeys;
  return { ...commune(config.id), ...communeIndex(config.id), type: 'commune', id: config.id, config: publicCommuneConfig(config), auth };
}

/** Reads a stored registration back (its config is validated, its defaults applied). */
export function parseCommuneRegistration(item: Record<string, unknown>): CommuneRegistration {
  return { config: CommuneConfig.parse(item.config), auth: CommuneAuth.parse(item.auth) };
}
