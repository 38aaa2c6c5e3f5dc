import * as migration_20261123_183524_initial from './20261123_183524_initial';
import * as migration_20261123_204042_partner_self_service from './20261123_204042_partner_self_service';

export const migrations = [
  {
    up: migration_20261123_183524_initial.up,
    down: migration_20261123_183524_initial.down,
    name: '20261123_183524_initial',
  },
  {
    up: migration_20261123_204042_partner_self_service.up,
    down: migration_20261123_204042_partner_self_service.down,
    name: '20261123_204042_partner_self_service'
  },
];
