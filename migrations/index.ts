import * as migration_20261123_181914_initial from './20261123_181914_initial';

export const migrations = [
  {
    up: migration_20261123_181914_initial.up,
    down: migration_20261123_181914_initial.down,
    name: '20261123_181914_initial'
  },
];
