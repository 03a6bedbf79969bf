/**
 * Compile-time proof that a documentation schema (zod) describes exactly a type the code defines elsewhere
 * (an interface, or what a function returns): `Same<z.output<typeof S>, T>` only compiles when both are
 * assignable to each other and have the same keys at every depth (an optional field that one side lacks
 * counts too), so the OpenAPI document cannot drift from what the handlers send.
 */
type Keys<T> = T extends readonly unknown[] ? never : T extends object ? keyof T : never;
type SameKeys<A, B> = [Keys<A>] extends [Keys<B>] ? ([Keys<B>] extends [Keys<A>] ? true : false) : false;
type AllTrue<T> = [T[keyof T]] extends [true] ? true : false;
type Deep<A, B> = [A] extends [readonly (infer X)[]]
  ? [B] extends [readonly (infer Y)[]]
    ? Deep<X, Y>
    : false
  : [A] extends [object]
    ? [B] extends [object]
      ? SameKeys<A, B> extends true
        ? AllTrue<{ [K in Keys<A> & Keys<B>]-?: Deep<NonNullable<A[K]>, NonNullable<B[K]>> }>
        : false
      : false
    : true;

export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? Deep<A, B> : false) : false;
export type Assert<T extends true> = T;
