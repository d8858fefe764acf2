import { DiscordAPIError, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restBase } from '../../bots/discord/client.js';
import { EVENT_STATUS, FakeDiscord, type FakeGuild } from './discord/index.js';

/**
 * The fake's scheduled events refuse what Discord refuses, so the product's stories can't pass on
 * a payload the real API would turn down. Driven through discord.js's own REST client.
 */

let fake: FakeDiscord;
let rest: REST;
let guild: FakeGuild;
const NOW = Date.parse('2026-11-21T12:00:00Z');

beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.events.clock = () => NOW;
  guild = fake.addGuild('Events server');
  rest = new REST({ api: restBase(fake.apiUrl), retries: 0 }).setToken(fake.token);
});
afterAll(async () => {
  await fake?.close();
});

const external = {
  name: 'Sunrise 10k',
  description: 'Running',
  privacy_level: 2,
  entity_type: 3,
  entity_metadata: { location: 'Volkspark Friedrichshain' },
  scheduled_start_time: '2026-11-22T06:00:00Z',
  scheduled_end_time: '2026-11-22T07:00:00Z',
};

const refusal = async (call: Promise<unknown>): Promise<{ status: number; code: number | string }> => {
  try {
    await call;
  } catch (error) {
    if (error instanceof DiscordAPIError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error('the fake accepted it');
};

const create = (body: Record<string, unknown>) => rest.post(Routes.guildScheduledEvents(guild.id), { body });
const modify = (id: string, body: Record<string, unknown>) => rest.patch(Routes.guildScheduledEvent(guild.id, id), { body });

describe('the fake Discord: guild scheduled events', () => {
  it('GIVEN a valid external event WHEN created, read, listed and deleted THEN each answers as Discord does', async () => {
    const made = (await create(external)) as { id: string; status: number; channel_id: null; creator_id: string };
    expect(made).toMatchObject({ status: EVENT_STATUS.scheduled, channel_id: null, creator_id: fake.applicationId });
    expect(await rest.get(Routes.guildScheduledEvent(guild.id, made.id))).toMatchObject({ id: made.id, name: 'Sunrise 10k' });
    expect((await rest.get(Routes.guildScheduledEvents(guild.id))) as unknown[]).toHaveLength(1);
    await rest.delete(Routes.guildScheduledEvent(guild.id, made.id));
    expect(await refusal(rest.get(Routes.guildScheduledEvent(guild.id, made.id)))).toEqual({ status: 404, code: 10070 });
  });

  it('GIVEN an external event WHEN its location or end is missing, it starts in the past, or its name or description is too long THEN 400 / 50035', async () => {
    const bad = [
      { ...external, entity_metadata: {} },
      { ...external, scheduled_end_time: undefined },
      { ...external, scheduled_start_time: '2026-11-21T11:00:00Z' },
      { ...external, scheduled_end_time: '2026-11-22T05:00:00Z' },
      { ...external, name: 'x'.repeat(101) },
      { ...external, description: 'x'.repeat(1001) },
      { ...external, privacy_level: 1 },
      { ...external, status: 2 },
    ];
    for (const body of bad) expect(await refusal(create(body))).toEqual({ status: 400, code: 50035 });
  });

  it('GIVEN recurrence rules WHEN outside Discord limits (weekly on two days, every 3 weeks, a count) THEN refused; weekly on one day is kept', async () => {
    const rule = { start: external.scheduled_start_time, frequency: 2, interval: 1, by_weekday: [6] };
    for (const r of [{ ...rule, by_weekday: [1, 2] }, { ...rule, interval: 3 }, { ...rule, count: 4 }, { ...rule, by_n_weekday: [{ n: 1, day: 6 }] }])
      expect(await refusal(create({ ...external, recurrence_rule: r }))).toEqual({ status: 400, code: 50035 });
    const made = (await create({ ...external, recurrence_rule: rule })) as { recurrence_rule: Record<string, unknown> };
    expect(made.recurrence_rule).toMatchObject({ frequency: 2, interval: 1, by_weekday: [6], count: null, end: null });
  });

  it('GIVEN an event WHEN its status moves THEN only SCHEDULED → ACTIVE → COMPLETED and SCHEDULED → CANCELED pass; a finished event takes no edit', async () => {
    const a = (await create(external)) as { id: string };
    expect(await refusal(modify(a.id, { status: EVENT_STATUS.completed }))).toEqual({ status: 400, code: 50035 });
    await modify(a.id, { status: EVENT_STATUS.active });
    expect(await refusal(modify(a.id, { status: EVENT_STATUS.canceled }))).toEqual({ status: 400, code: 50035 });
    expect(await refusal(modify(a.id, { scheduled_start_time: '2026-11-23T06:00:00Z' }))).toEqual({ status: 400, code: 50035 });
    await modify(a.id, { status: EVENT_STATUS.completed });
    expect(await refusal(modify(a.id, { name: 'Again' }))).toEqual({ status: 400, code: 180000 });

    const b = (await create(external)) as { id: string };
    await modify(b.id, { status: EVENT_STATUS.canceled });
    expect(await refusal(modify(b.id, { status: EVENT_STATUS.active }))).toEqual({ status: 400, code: 180000 });
  });

  it('GIVEN a weekly recurring event WHEN it is ended THEN, as on Discord, it moves on a week, SCHEDULED again', async () => {
    const rule = { start: external.scheduled_start_time, frequency: 2, interval: 1, by_weekday: [6] };
    const made = (await create({ ...external, recurrence_rule: rule })) as { id: string };
    await modify(made.id, { status: EVENT_STATUS.active });
    const ended = (await modify(made.id, { status: EVENT_STATUS.completed })) as { status: number; scheduled_start_time: string; scheduled_end_time: string };
    expect(ended).toMatchObject({ status: EVENT_STATUS.scheduled, scheduled_start_time: '2026-11-29T06:00:00.000Z', scheduled_end_time: '2026-11-29T07:00:00.000Z' });
  });

  it('GIVEN the bot without Create Events or Manage Events WHEN it makes or edits an event THEN 403 / 50013', async () => {
    const made = (await create(external)) as { id: string };
    fake.events.allowEvents(guild, false);
    try {
      expect(await refusal(create(external))).toEqual({ status: 403, code: 50013 });
      expect(await refusal(modify(made.id, { name: 'Renamed' }))).toEqual({ status: 403, code: 50013 });
    } finally {
      fake.events.allowEvents(guild, true);
    }
  });
});
