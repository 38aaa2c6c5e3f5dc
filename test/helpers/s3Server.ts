import S3rver from '@20minutes/s3rver'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { tempDir } from './tempDir'

export type S3Server = {
  /** The app's settings for it: S3_BUCKET, S3_ENDPOINT and the keys. */
  env: Record<string, string>
  /** Whether the bucket holds an object under `key`, asked over S3 past the app. */
  has: (key: string) => Promise<boolean>
  /** An object's bytes, read over S3 past the app. */
  read: (key: string) => Promise<Buffer>
  stop: () => Promise<void>
}

/** s3rver's fixed account. */
const KEY = 'S3RVER'

/**
 * An S3-protocol server in this process (@20minutes/s3rver: README, Object storage) on a free
 * port, its data in a folder of its own, with one empty bucket; stop it when done. Only object
 * requests are asked of it: it refuses the AWS SDK's signature on bucket-level ones (listing).
 */
export const startS3Server = async (bucket = 'uploads'): Promise<S3Server> => {
  const data = await tempDir('dab-s3')
  const server = new S3rver({
    address: '127.0.0.1',
    configureBuckets: [{ name: bucket }],
    directory: data.dir,
    port: 0,
    silent: true,
  })
  const { port } = await server.run()
  const env = {
    S3_ACCESS_KEY_ID: KEY,
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_SECRET_ACCESS_KEY: KEY,
  }
  const s3 = new S3Client({
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: true,
    region: 'us-east-1',
  })
  return {
    env,
    has: (key) =>
      s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
        () => true,
        (error: Error) => {
          if (error.name === 'NotFound') {
            return false
          }
          throw error
        },
      ),
    read: async (key) => {
      const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await Body!.transformToByteArray())
    },
    stop: async () => {
      s3.destroy()
      await server.close()
      await data.remove()
    },
  }
}
