import { StartupError } from './StartupError'

/**
 * A whole-number setting from the environment, `fallback` when unset or empty; anything else
 * (a fraction, a word, less than `least`) stops the start with a message naming the variable.
 */
export const wholeSetting = (
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  least = 0,
): number => {
  const value = env[name]
  if (value === undefined || value === '') {
    return fallback
  }
  const number = Number(value)
  if (!Number.isInteger(number) || number < least) {
    const off = least === 0 ? ' (0 turns that limit off)' : ''
    throw new StartupError(
      `${name} must be a whole number of ${least} or more, not "${value}"${off}.`,
    )
  }
  return number
}
