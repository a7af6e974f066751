import { describe, expect, it } from 'vitest';
import { checkKey, fromCursor, fromGlobalId, toCursor, toGlobalId } from '../../src/graph/ids.js';

describe('global IDs and cursors', () => {
  it('round-trip', () => {
    expect(fromGlobalId(toGlobalId('Recommendation', 'rec-2009-3'))).toEqual({
      type: 'Recommendation',
      key: 'rec-2009-3',
    });
    expect(fromCursor(toCursor('psni'))).toEqual({ key: 'psni' });
  });

  it('are opaque base64url text', () => {
    expect(toGlobalId('Organisation', 'hmic')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(toGlobalId('Organisation', 'hmic')).not.toContain('hmic');
  });

  it.each([
    ['padded base64', Buffer.from('Organisation:hmic').toString('base64')],
    ['unknown type', toGlobalId('Dragon', 'hmic')],
    ['no separator', Buffer.from('Organisationhmic').toString('base64url')],
    ['bad key', toGlobalId('Organisation', 'HMIC')],
    ['too long', 'A'.repeat(1000)],
    ['not base64', 'hm ic'],
  ])('reject %s', (_label, id) => {
    expect(() => fromGlobalId(id)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('reject an ID offered as a cursor, and a key with Cypher in it', () => {
    expect(() => fromCursor(toGlobalId('Organisation', 'hmic'))).toThrow(/not a valid cursor/);
    expect(() => checkKey("hmic'}) DETACH DELETE n //")).toThrow(/must be a key/);
    expect(checkKey('rec-2009-3')).toBe('rec-2009-3');
  });
});
