/** The little of @20minutes/s3rver (untyped) that test/helpers/s3Server.ts uses. */
declare module '@20minutes/s3rver' {
  import type { AddressInfo } from 'node:net'

  // eslint-disable-next-line no-restricted-exports -- the package's own export, as it is
  export default class S3rver {
    constructor(options: {
      address?: string
      configureBuckets?: Array<{ name: string }>
      directory: string
      port?: number
      silent?: boolean
    })
    close(): Promise<void>
    run(): Promise<AddressInfo>
  }
}
