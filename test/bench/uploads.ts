import sharp from 'sharp'

import { uploadForm } from '../helpers/content'
import { median } from './measure'

const WIDTH = 4000
const HEIGHT = 3000

/** A camera-sized JPEG whose noise keeps it from compressing to nothing (about 4–6 MB). */
const photo = () =>
  sharp({
    create: {
      background: '#446688',
      channels: 3,
      height: HEIGHT,
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
      width: WIDTH,
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer()

/**
 * Wall time of `POST /api/logos` with a 4000×3000 JPEG, as the partner's own user, until the
 * answer: received, checked, every sharp size written, the document stored. Sequential.
 */
export const uploadTimes = async (
  origin: string,
  token: string,
  partnerId: number,
  count: number,
) => {
  const file = await photo()
  const times: number[] = []
  for (let index = 0; index < count; index++) {
    const started = performance.now()
    const response = await fetch(`${origin}/api/logos`, {
      body: uploadForm(file, `bench-${Date.now()}-${index}.jpg`, 'image/jpeg', {
        alt: 'Benchmark',
        partner: partnerId,
      }),
      headers: { authorization: `JWT ${token}` },
      method: 'POST',
    })
    const body = await response.text()
    times.push(performance.now() - started)
    if (response.status !== 201) {
      throw new Error(`upload answered ${response.status}: ${body.slice(0, 300)}`)
    }
  }
  return { bytes: file.length, medianMs: median(times), times }
}
