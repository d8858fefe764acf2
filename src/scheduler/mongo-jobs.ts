import type { AgendaBackend } from 'agenda';
import type { Db } from 'mongodb';

/**
 * Agenda's jobs in MongoDB, in the store's own database (one connection for jobs and data).
 * Imported only when the store is MongoDB: the backend pulls in the MongoDB driver, which an
 * in-memory start-up has no use for.
 */
export async function mongoJobsBackend(db: Db): Promise<AgendaBackend> {
  const { MongoBackend } = await import('@agendajs/mongo-backend');
  return new MongoBackend({ mongo: db, collection: 'agendaJobs' });
}
