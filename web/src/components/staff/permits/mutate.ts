/** A change to one permit (POST under staff/permits/{code}/): resolves true once saved, false when reloaded after a conflict; throws ApiError for problems the form should show. */
export type PermitMutate = (rest: 'transitions' | 'updates' | `opinions/${string}`, body: Record<string, unknown>) => Promise<boolean>;
