import type { CalendarFeed } from '../../domain/calendar-feed.js';
import type { PersonId } from '../../domain/ids.js';
import type { CalendarFeedsRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkCalendarFeed } from '../validate-records.js';

/** Calendar addresses by person, and by token hash for the HTTP lookup. */
export class MemoryFeeds implements CalendarFeedsRepo {
  private readonly byPerson = new Map<PersonId, CalendarFeed>();
  private readonly byHash = new Map<string, CalendarFeed>();

  async put(feed: CalendarFeed): Promise<void> {
    assertValid('calendar feed', checkCalendarFeed(feed));
    await this.delete(feed.personId);
    const copy = { ...feed, createdAt: new Date(feed.createdAt) };
    this.byPerson.set(feed.personId, copy);
    this.byHash.set(feed.tokenHash, copy);
  }

  async getByPerson(personId: PersonId): Promise<CalendarFeed | null> {
    const f = this.byPerson.get(personId);
    return f ? { ...f, createdAt: new Date(f.createdAt) } : null;
  }

  async getByHash(tokenHash: string): Promise<CalendarFeed | null> {
    const f = this.byHash.get(tokenHash);
    return f ? { ...f, createdAt: new Date(f.createdAt) } : null;
  }

  async delete(personId: PersonId): Promise<boolean> {
    const f = this.byPerson.get(personId);
    if (!f) return false;
    this.byPerson.delete(personId);
    this.byHash.delete(f.tokenHash);
    return true;
  }
}
