import * as migration_20261123_182654_initial from './20261123_182654_initial';

export const migrations = [
  {
    up: migration_20261123_182654_initial.up,
    down: migration_20261123_182654_initial.down,
    name: '20261123_182654_initial'
  },
];
