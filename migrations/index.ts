import * as migration_20261123_175830_initial from './20261123_175830_initial';

export const migrations = [
  {
    up: migration_20261123_175830_initial.up,
    down: migration_20261123_175830_initial.down,
    name: '20261123_175830_initial'
  },
];
