import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { run?: string }[] }>;
}

async function workflow(name: string): Promise<{ text: string; parsed: Workflow }> {
  const text = await readFile(path.join(root, '.github/workflows', name), 'utf8');
  return { text, parsed: yaml.load(text) as Workflow };
}

describe('the CI workflow', () => {
  test('runs npm test on pull requests and on pushes to main, read-only and without secrets', async () => {
    const { text, parsed } = await workflow('ci.yml');
    expect(Object.keys(parsed.on).sort()).toEqual(['pull_request', 'push']);
    expect(parsed.on.push).toEqual({ branches: ['main'] });
    expect(parsed.permissions).toEqual({ contents: 'read' });
    expect(text).not.toContain('pull_request_target');
    expect(text).not.toMatch(/secrets\./);
    for (const job of Object.values(parsed.jobs)) expect(job.permissions).toBeUndefined();
    const ciRun = await readFile(path.join(root, '.ci/run'), 'utf8');
    const runs = Object.values(parsed.jobs).flatMap((job) =>
      job.steps.map((step) => step.run ?? ''),
    );
    expect(runs.some((run) => run.includes('.ci/run'))).toBe(true);
    expect(ciRun).toContain('npm test');
  });
});

describe('the deploy workflow', () => {
  test('deploys only on pushes to main, granting Pages rights to the deploy job alone', async () => {
    const { text, parsed } = await workflow('deploy.yml');
    expect(parsed.on).toEqual({ push: { branches: ['main'] } });
    expect(parsed.permissions).toEqual({ contents: 'read' });
    expect(text).not.toContain('pull_request');
    const privileged = Object.entries(parsed.jobs).filter(([, job]) => job.permissions);
    expect(privileged).toEqual([
      ['deploy', expect.objectContaining({ permissions: { pages: 'write', 'id-token': 'write' } })],
    ]);
  });
});
