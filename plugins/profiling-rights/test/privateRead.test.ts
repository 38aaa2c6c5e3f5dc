/**
 * A private partner field is for staff and the partner's own users only, whatever the field's
 * own read access says: `privateFieldsLeftOut` relies on it to keep such fields out of everyone
 * else's queries. A unit test of the access function (no server).
 */
import type { FieldAccess } from 'payload'

import { describe, expect, it } from 'vitest'

import { privateRead } from '../access/partnerFields'

const viewers = {
  anonymous: null,
  'another partner’s user': { partner: 2, roles: ['partner'] },
  editor: { roles: ['editor'] },
  'the partner’s own user': { partner: { id: 1 }, roles: ['partner'] },
}
const readBy = (access: FieldAccess) =>
  Object.fromEntries(
    Object.entries(viewers).map(([name, user]) => [
      name,
      access({ doc: { id: 1 }, req: { user } } as never),
    ]),
  )

describe('privateRead', () => {
  it.each([
    ['without access of its own', undefined],
    ['even where its own access would let everyone', () => true],
  ])('lets staff and the partner’s own users read, nobody else: %s', (_case, own) => {
    expect(readBy(privateRead(own))).toEqual({
      anonymous: false,
      'another partner’s user': false,
      editor: true,
      'the partner’s own user': true,
    })
  })

  it('keeps staff out where the field’s own access does', () => {
    expect(readBy(privateRead(() => false))).toMatchObject({
      editor: false,
      'the partner’s own user': true,
    })
  })
})
