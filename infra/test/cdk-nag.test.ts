import { describe, expect, it } from 'vitest';
import { buildTestApp, nagFindings } from './support/test-app.js';

describe('cdk-nag AwsSolutionsChecks', () => {
  it('reports no unacknowledged error or warning on any stack', () => {
    const { app } = buildTestApp();
    expect(nagFindings(app)).toEqual([]);
  });
});
