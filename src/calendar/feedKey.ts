import { createHash, randomBytes } from 'node:crypto'

/** Only this hash of a calendar feed's key is stored: the URL cannot be rebuilt from the database. */
export const hashFeedKey = (key: string): string => createHash('sha256').update(key).digest('hex')

/** A new feed key: 32 random bytes, base64url (43 characters), and its hash. */
export const newFeedKey = (): { hash: string; key: string } => {
  const key = randomBytes(32).toString('base64url')
  return { hash: hashFeedKey(key), key }
}
