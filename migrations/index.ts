import * as migration_20261123_183524_initial from './20261123_183524_initial';

export const migrations = [
  {
    up: migration_20261123_183524_initial.up,
    down: migration_20261123_183524_initial.down,
    name: '20261123_183524_initial'
  },
];
