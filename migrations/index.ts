import * as migration_20261123_183524_initial from './20261123_183524_initial';
import * as migration_20261123_215315_self_service_frontend_contract_indexes from './20261123_215315_self_service_frontend_contract_indexes';
import * as migration_20261130_201948_debate_byline from './20261130_201948_debate_byline';
import * as migration_20261201_023217_jobs_webhooks_audit from './20261201_023217_jobs_webhooks_audit';
import * as migration_20261201_063625_meetings from './20261201_063625_meetings';
import * as migration_20261201_070621_steering_agenda from './20261201_070621_steering_agenda';
import * as migration_20261201_092730_object_storage from './20261201_092730_object_storage';
import * as migration_20261201_102444_case_list_indexes from './20261201_102444_case_list_indexes';

export const migrations = [
  {
    up: migration_20261123_183524_initial.up,
    down: migration_20261123_183524_initial.down,
    name: '20261123_183524_initial',
  },
  {
    up: migration_20261123_215315_self_service_frontend_contract_indexes.up,
    down: migration_20261123_215315_self_service_frontend_contract_indexes.down,
    name: '20261123_215315_self_service_frontend_contract_indexes',
  },
  {
    up: migration_20261130_201948_debate_byline.up,
    down: migration_20261130_201948_debate_byline.down,
    name: '20261130_201948_debate_byline',
  },
  {
    up: migration_20261201_023217_jobs_webhooks_audit.up,
    down: migration_20261201_023217_jobs_webhooks_audit.down,
    name: '20261201_023217_jobs_webhooks_audit',
  },
  {
    up: migration_20261201_063625_meetings.up,
    down: migration_20261201_063625_meetings.down,
    name: '20261201_063625_meetings',
  },
  {
    up: migration_20261201_070621_steering_agenda.up,
    down: migration_20261201_070621_steering_agenda.down,
    name: '20261201_070621_steering_agenda',
  },
  {
    up: migration_20261201_092730_object_storage.up,
    down: migration_20261201_092730_object_storage.down,
    name: '20261201_092730_object_storage',
  },
  {
    up: migration_20261201_102444_case_list_indexes.up,
    down: migration_20261201_102444_case_list_indexes.down,
    name: '20261201_102444_case_list_indexes'
  },
];
