/**
 * Stand-in entry for a handler whose file does not exist yet. The CDK code uses it only when bundling is
 * skipped (unit tests set 'aws:cdk:bundling-stacks' to []); a real synth fails with a clear message instead.
 */
export const handler = async (): Promise<never> => {
  throw new Error('placeholder handler: this function was synthesised without its entry file');
};
