import * as migration_20261123_183524_initial from './20261123_183524_initial';
import * as migration_20261123_205802_partner_self_service_and_frontend_contract from './20261123_205802_partner_self_service_and_frontend_contract';

export const migrations = [
  {
    up: migration_20261123_183524_initial.up,
    down: migration_20261123_183524_initial.down,
    name: '20261123_183524_initial',
  },
  {
    up: migration_20261123_205802_partner_self_service_and_frontend_contract.up,
    down: migration_20261123_205802_partner_self_service_and_frontend_contract.down,
    name: '20261123_205802_partner_self_service_and_frontend_contract'
  },
];
