import type { PersonId } from '../../domain/ids.js';
import type { PersonErasure, Store } from '../port.js';
import { MemoryAudit, MemoryCommunities, MemoryReports } from './community.js';
import { MemoryActions, MemoryConversations, MemoryNotices } from './ephemeral.js';
import { MemoryKv } from './kv.js';
import { MemoryLeases } from './leases.js';
import { MemoryMarks } from './marks.js';
import { MemoryPeople } from './people.js';
import { MemoryOutbox } from './outbox.js';
import { MemoryAlerts } from './outbox-alerts.js';
import { MemorySessions } from './sessions.js';
import { MemoryFeeds } from './feeds.js';
import { MemoryRounds } from './rounds.js';
import { MemoryMeetings } from './meetings.js';
import { MemorySessionChat } from './session-chat.js';
import { MemoryChatPlaces } from './chat-places.js';
import { MemoryConnections, MemoryJoinRequests, MemoryMessages } from './social.js';

/** The in-memory twin of the MongoDB store: same behaviour, nothing persisted. */
export function createMemoryStore(): Store {
  const people = new MemoryPeople();
  const sessions = new MemorySessions();
  const joinRequests = new MemoryJoinRequests();
  const connections = new MemoryConnections();
  const messages = new MemoryMessages();
  const sessionChat = new MemorySessionChat();
  const chatPlaces = new MemoryChatPlaces();
  const conversations = new MemoryConversations();
  const actions = new MemoryActions();
  const marks = new MemoryMarks();
  const notices = new MemoryNotices();
  const outbox = new MemoryOutbox();
  const alerts = new MemoryAlerts();
  const communities = new MemoryCommunities();
  const feeds = new MemoryFeeds();
  const rounds = new MemoryRounds();
  const meetings = new MemoryMeetings();
  let open = true;

  return {
    kind: 'memory',
    people,
    communities,
    sessions,
    joinRequests,
    connections,
    messages,
    sessionChat,
    chatPlaces,
    reports: new MemoryReports(),
    audit: new MemoryAudit(),
    conversations,
    actions,
    marks,
    kv: new MemoryKv(),
    notices,
    outbox,
    alerts,
    feeds,
    leases: new MemoryLeases(),
    rounds,
    meetings,

    async erasePerson(id: PersonId, now: Date): Promise<PersonErasure> {
      const cancelledSessions = sessions.table
        .filter((s) => s.hostId === id && (s.status === 'open' || s.status === 'full'))
        .map((s) => sessions.table.modify(s.id, () => true, (row) => ({ ...row, status: 'cancelled' as const, updatedAt: now }))!.after);
      const freedSeats = sessions.leaveAll(id);
      people.delete(id);
      for (const p of people.table.filter((p) => p.blocked.includes(id))) await people.pull(p.id, 'blocked', id);
      joinRequests.table.deleteWhere((r) => r.requesterId === id);
      messages.table.deleteWhere((m) => m.fromId === id || m.toId === id);
      await sessionChat.erasePerson(id);
      await chatPlaces.erasePerson(id);
      connections.table.deleteWhere((c) => c.requesterId === id || c.addresseeId === id);
      conversations.rows.delete(id);
      actions.table.deleteWhere((a) => a.actorId === id);
      await marks.erasePerson(id);
      notices.table.deleteWhere((n) => n.personId === id);
      communities.forgetModeratorEverywhere(id);
      await outbox.erasePerson(id);
      await alerts.erasePerson(id);
      await feeds.delete(id);
      await rounds.forget(id);
      meetings.erasePerson(id);
      return { cancelledSessions, freedSeats };
    },

    async ping() {
      if (!open) throw new Error('store is closed');
    },

    async close() {
      open = false;
    },
  };
}
