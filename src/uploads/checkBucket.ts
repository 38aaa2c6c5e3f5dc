import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import path from 'node:path'

import { StartupError } from '../runtime/StartupError'
import { type ObjectStorageSettings, objectStorageSettings } from './objectStorageSettings'

/** Where the bucket is, for a message: the service's address (S3_ENDPOINT), or AWS's region. */
const whereIs = ({ endpoint, region }: ObjectStorageSettings['client']): string =>
  typeof endpoint === 'string' ? `at ${endpoint}` : `in AWS region ${String(region)}`

/**
 * With object storage (README: Object storage), tries the bucket once at start by writing and
 * deleting an object — what uploads need, and nothing more — so a missing bucket, wrong keys or a
 * wrong address stop the start in one paragraph rather than failing the first upload. Returns a
 * line for the start log.
 */
export const checkBucket = async (env: NodeJS.ProcessEnv = process.env): Promise<string> => {
  const settings = objectStorageSettings(env)
  if (!settings) {
    return 'Uploads are kept on this server’s disk (S3_BUCKET is not set)'
  }
  const where = `"${settings.bucket}" ${whereIs(settings.client)}`
  const client = new S3Client(settings.client)
  try {
    const check = {
      Bucket: settings.bucket,
      Key: path.posix.join(settings.prefix, '.upload-check'),
    }
    await client.send(new PutObjectCommand({ ...check, Body: 'ok' }))
    await client.send(new DeleteObjectCommand(check))
    return `Uploads are kept in the bucket ${where}${env.SERVER_URL ? '' : ' (without SERVER_URL, duplicating an upload or re-cropping an image fails: set it)'}`
  } catch (error) {
    const { name, $metadata, code } = error as {
      $metadata?: { httpStatusCode?: number }
      code?: string
      name?: string
    }
    const reason = [$metadata?.httpStatusCode, code ?? name].filter(Boolean).join(' ')
    throw new StartupError(
      `The bucket ${where} could not be used for uploads (${reason}). Check that it exists and that S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are right, or unset S3_BUCKET to keep uploads on local disk.`,
    )
  } finally {
    client.destroy()
  }
}
