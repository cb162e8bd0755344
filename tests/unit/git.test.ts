import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GIT_LOG_FORMAT, parseGitLog, readFileHistory } from '../../src/data/git.ts';

const marker = GIT_LOG_FORMAT.replace('%cI', '');

describe('parseGitLog', () => {
  test('keeps the first and the newest commit date of each file', () => {
    const output = [
      `${marker}2024-05-02T10:00:00+02:00`,
      '',
      'events/a.mdx',
      `${marker}2024-05-01T09:00:00+02:00`,
      '',
      'events/a.mdx',
      'actors/b.mdx',
      '',
    ].join('\n');
    expect(parseGitLog(output)).toEqual(
      new Map([
        [
          'events/a.mdx',
          { created: '2024-05-01T09:00:00+02:00', updated: '2024-05-02T10:00:00+02:00' },
        ],
        [
          'actors/b.mdx',
          { created: '2024-05-01T09:00:00+02:00', updated: '2024-05-01T09:00:00+02:00' },
        ],
      ]),
    );
  });

  test('reads empty output as no dates', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readFileHistory', () => {
  test('reads the dates of the real content folder from git, the first no later than the newest', () => {
    const history = readFileHistory(path.resolve(import.meta.dirname, '../../content'));
    const dates = history.get('events/ukraine-severs-dprk.mdx');
    expect(dates?.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Date.parse(dates!.created)).toBeLessThanOrEqual(Date.parse(dates!.updated));
  });

  test('gives no dates outside a git checkout instead of failing', () => {
    expect(readFileHistory(path.join(os.tmpdir(), 'no-such-folder-for-git')).size).toBe(0);
  });
});
