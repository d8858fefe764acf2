import { afterAll, beforeEach, describe } from 'vitest';
import type { Store } from '../../src/store/port.js';
import { availableStoreAdapters } from '../support/stores.js';
import { peopleContract } from './contract/people.js';
import { handlesContract } from './contract/handles.js';
import { peopleNearContract } from './contract/people-near.js';
import { membersNearContract } from './contract/members-near.js';
import { peoplePoolContract } from './contract/people-pool.js';
import { moderationContract } from './contract/moderation.js';
import { sessionsContract } from './contract/sessions.js';
import { sessionsCountContract } from './contract/sessions-count.js';
import { joinRequestsContract } from './contract/join-requests.js';
import { connectionsContract } from './contract/connections.js';
import { ephemeralContract } from './contract/ephemeral.js';
import { kvContract } from './contract/kv.js';
import { marksContract } from './contract/marks.js';
import { eraseContract } from './contract/erase.js';
import { deliveryContract } from './contract/delivery.js';
import { outboxClaimsContract } from './contract/outbox-claims.js';
import { limitsContract } from './contract/limits.js';
import { bansContract } from './contract/bans.js';
import { orderingContract } from './contract/ordering.js';
import { validationContract } from './contract/validation.js';
import { conflictsContract } from './contract/conflicts.js';
import { coverageContract } from './contract/coverage.js';
import { historyContract } from './contract/history.js';
import { feedsContract } from './contract/feeds.js';
import { leasesContract } from './contract/leases.js';
import { roundsContract } from './contract/rounds.js';
import { meetingsContract } from './contract/meetings.js';
import { planContract } from './contract/plan.js';
import { attendanceContract } from './contract/attendance.js';
import { scheduledEventsContract } from './contract/scheduled-events.js';
import { peopleInCommunityContract } from './contract/people-in-community.js';
import { sessionChatContract } from './contract/session-chat.js';
import { chatPlacesContract } from './contract/chat-places.js';

/**
 * ONE contract for every storage adapter: whatever passes here behaves the same for the core.
 * In-memory always runs; MongoDB runs wherever a server can be had. Each area's stories live in
 * tests/store/contract/<area>.ts and are registered here, so the skip line is printed once.
 */
const { adapters, skipped } = await availableStoreAdapters();
if (skipped) console.log(skipped);

describe.each(adapters)('storage contract: $name', (adapter) => {
  let store: Store;
  beforeEach(async () => {
    store = await adapter.open();
  });
  afterAll(() => adapter.shutdown());
  const current = () => store;

  peopleContract(current);
  handlesContract(current);
  peopleInCommunityContract(current);
  peopleNearContract(current);
  membersNearContract(current);
  peoplePoolContract(current);
  moderationContract(current);
  sessionsContract(current);
  sessionsCountContract(current);
  joinRequestsContract(current);
  connectionsContract(current);
  ephemeralContract(current);
  kvContract(current);
  marksContract(current);
  eraseContract(current);
  deliveryContract(current);
  outboxClaimsContract(current);
  limitsContract(current);
  bansContract(current);
  orderingContract(current);
  validationContract(current);
  conflictsContract(current);
  coverageContract(current);
  historyContract(current);
  feedsContract(current);
  leasesContract(current);
  roundsContract(current);
  meetingsContract(current);
  planContract(current);
  attendanceContract(current);
  scheduledEventsContract(current);
  sessionChatContract(current);
  chatPlacesContract(current);
});
