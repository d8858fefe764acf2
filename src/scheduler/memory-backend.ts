import { type AgendaBackend, InMemoryNotificationChannel } from 'agenda';
import { MemoryJobRepository, type MemoryJobRepositoryOptions } from './memory-job-repository.js';

export { MemoryJobRepository, type MemoryJobRepositoryOptions } from './memory-job-repository.js';

/**
 * Agenda's backend for the in-memory store: the repository (memory-job-repository.ts) plus Agenda's own in-process
 * notification channel, so a job saved to run now starts at once instead of at the next poll.
 */
export class MemoryBackend implements AgendaBackend {
  readonly name = 'memory';
  readonly repository: MemoryJobRepository;
  readonly notificationChannel: InMemoryNotificationChannel;
  readonly ownsConnection = false;

  constructor(options: MemoryJobRepositoryOptions = {}) {
    this.repository = new MemoryJobRepository(options);
    this.notificationChannel = new InMemoryNotificationChannel();
  }

  async connect(): Promise<void> {
    await this.repository.connect();
  }

  async disconnect(): Promise<void> {}
}
