// The explorer's tabs, read from the README: one per example operation, each titled in plain words
// and known to GraphiQL by a distinct operation name.
import { describe, expect, it } from 'vitest';
import { readmeTabs } from '../../web/explorer/tabs.js';

describe('explorer tabs', () => {
  const tabs = readmeTabs();

  it('title every example in plain words', () => {
    expect(tabs.length).toBeGreaterThanOrEqual(5);
    expect(tabs[0]!.title).toBe("Whom did Denis O'Connor succeed?");
    for (const tab of tabs) {
      expect(tab.title).toMatch(/^[A-Z]/);
      expect(tab.title).toMatch(/ /); // words, not an identifier
      expect(tab.title.length).toBeLessThanOrEqual(60);
    }
    expect(new Set(tabs.map((t) => t.title)).size).toBe(tabs.length);
    expect(tabs.map((t) => t.title)).toContain('What was due by March 2010?');
  });

  it('give GraphiQL a distinct operation name for each', () => {
    expect(new Set(tabs.map((t) => t.operationName)).size).toBe(tabs.length);
    for (const tab of tabs) expect(tab.query).toContain(`query ${tab.operationName}`);
  });

  it('take the question from a comment above an operation', () => {
    const markdown =
      'Intro line\n\n```graphql\n# How is PSNI connected to Prevent? The path\n{ paths(from: "psni", to: "prevent") { length } }\n\n# What happened after the plan was issued?\n{ timeline { date { name } } }\n```\n';
    expect(readmeTabs(markdown).map((t) => t.title)).toEqual([
      'How is PSNI connected to Prevent?',
      'What happened after the plan was issued?',
    ]);
  });
});
