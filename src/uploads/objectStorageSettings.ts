import type { S3ClientConfig } from '@aws-sdk/client-s3'

import path from 'node:path'

import { StartupError } from '../runtime/StartupError'

export type ObjectStorageSettings = {
  bucket: string
  /** The S3 client's settings: credentials, region, and for a non-AWS service its endpoint. */
  client: S3ClientConfig
  /** Folder in the bucket all of this app's files go under (S3_PREFIX), e.g. `cms`; '' for the root. */
  prefix: string
}

/** A collection's folder in the bucket: `<S3_PREFIX>/<collection>`. */
export const folderOf = ({ prefix }: ObjectStorageSettings, collection: string): string =>
  path.posix.join(prefix, collection)

/** AWS's rule for bucket names (3–63 lowercase letters, digits, dots and hyphens). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

const flag = (env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean => {
  const value = env[name]
  if (value === undefined || value === '') {
    return fallback
  }
  if (value !== 'true' && value !== 'false') {
    throw new StartupError(`${name} must be "true" or "false", not "${value}".`)
  }
  return value === 'true'
}

/**
 * Object storage for uploads (README: Object storage), checked at start: unset S3_BUCKET keeps
 * files on local disk; set, the bucket needs its keys, a region (AWS) or an endpoint (any other
 * S3-compatible service; path-style addressing by default there, as MinIO and most others need).
 */
export const objectStorageSettings = (
  env: NodeJS.ProcessEnv = process.env,
): ObjectStorageSettings | undefined => {
  const bucket = env.S3_BUCKET || undefined
  if (!bucket) {
    const stray = Object.keys(env).filter((name) => name.startsWith('S3_') && env[name])
    if (stray.length) {
      throw new StartupError(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: uploads would stay on local disk. Set S3_BUCKET to the bucket's name to keep them in object storage, or unset ${stray.join(', ')}.`,
      )
    }
    return undefined
  }
  if (!BUCKET.test(bucket)) {
    throw new StartupError(
      `S3_BUCKET must be a bucket's name (3–63 lowercase letters, digits, dots and hyphens), not "${bucket}".`,
    )
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined
  if (!accessKeyId || !secretAccessKey) {
    const missing = [!accessKeyId && 'S3_ACCESS_KEY_ID', !secretAccessKey && 'S3_SECRET_ACCESS_KEY']
    throw new StartupError(
      `S3_BUCKET is set but ${missing.filter(Boolean).join(' and ')} ${missing.every(Boolean) ? 'are' : 'is'} not: uploads to bucket "${bucket}" need the key pair of a user that may read, write and delete in it. Set both, or unset S3_BUCKET to keep uploads on local disk.`,
    )
  }
  const endpoint = env.S3_ENDPOINT || undefined
  if (endpoint && !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol))) {
    throw new StartupError(
      `S3_ENDPOINT must be an http:// or https:// URL of an S3-compatible service, e.g. S3_ENDPOINT=https://s3.example.dk, not "${endpoint}". Leave it unset for AWS.`,
    )
  }
  const region = env.S3_REGION || (endpoint ? 'us-east-1' : undefined)
  if (!region) {
    throw new StartupError(
      `S3_BUCKET is set but S3_REGION is not: AWS needs the bucket's region, e.g. S3_REGION=eu-north-1. For another S3-compatible service set S3_ENDPOINT instead.`,
    )
  }
  const prefix = (env.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, '')
  if (prefix.split('/').some((part) => part === '' || part === '.' || part === '..') && prefix) {
    throw new StartupError(
      `S3_PREFIX must be a folder in the bucket such as "cms" or "cms/production", not "${env.S3_PREFIX}".`,
    )
  }
  return {
    bucket,
    client: {
      credentials: { accessKeyId, secretAccessKey },
      endpoint,
      forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)),
      region,
      // Other services than AWS often refuse the checksums the SDK adds to every request by default.
      ...(endpoint && {
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    },
    prefix,
  }
}
