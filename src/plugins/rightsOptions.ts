import type { ProfilingRightsOptions } from '../../plugins/profiling-rights'

/**
 * The partner tiers' rights as this project configures them (plugins/profiling-rights/README.md):
 * the seed's tiers by default; PROFILING_RIGHTS=off measures the plugin's cost.
 */
export const rightsOptions: ProfilingRightsOptions = {
  enabled: process.env.PROFILING_RIGHTS !== 'off',
}
