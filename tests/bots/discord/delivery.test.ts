import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Community } from '../../../src/domain/community.js';
import { DEFAULT_COMMUNITY_SETTINGS } from '../../../src/domain/community.js';
import type { CommunityId } from '../../../src/domain/ids.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import type { Reply } from '../../../src/interaction/reply.js';
import { messageText } from '../../fakes/discord/index.js';
import { T0 } from '../../support/fixtures.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  // A fake Discord stricter than the real one (10 requests/s) and a bot allowed to go faster: 429s happen.
  w = await DiscordWorld.start({ limitPerSecond: 10, restRequestsPerSecond: 1_000 });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const note = (text: string): Reply => ({ visibility: 'private', title: 'Reminder', text });
const community = (announceChannelId: string | null): Community => ({
  id: 'c1' as CommunityId,
  key: communityKey('discord', w.guild.id),
  name: w.guild.name,
  settings: { ...DEFAULT_COMMUNITY_SETTINGS, platformSettings: { discord: { announceChannelId, moderatorRoleId: null } } },
  bans: [],
  moderators: [],
  createdAt: T0,
});

describe('DMs and announcements on Discord', () => {
  it('GIVEN more DMs than the rate limit allows WHEN they are sent at once THEN Discord answers some with 429 and every DM still arrives exactly once', async () => {
    const people = Array.from({ length: 8 }, (_, i) => w.person(`Runner ${i}`));
    const outcomes = await Promise.all(people.map((p, i) => w.bot.delivery.sendToUser(p.user.id, note(`Session in ${i + 1} h`))));

    expect(outcomes.every((o) => o.kind === 'sent')).toBe(true);
    expect(w.fake.world.rateLimited).toBeGreaterThan(0);
    for (const [i, p] of people.entries()) {
      const dms = w.fake.dms(p.user);
      expect(dms).toHaveLength(1);
      expect(messageText(dms[0]!)).toContain(`Session in ${i + 1} h`);
    }
  });

  it('GIVEN a DM channel already open WHEN a second DM goes to the same person THEN it costs one request, not two', async () => {
    const pat = w.person('Pat');
    await w.bot.delivery.sendToUser(pat.user.id, note('one'));
    const before = w.fake.world.requests.length;
    await w.bot.delivery.sendToUser(pat.user.id, note('two'));
    expect(w.fake.world.requests.slice(before).filter((r) => r.status !== 429).map((r) => `${r.method} ${r.path}`)).toEqual([`POST /channels/${w.fake.world.dmChannelOf(pat.user.id).id}/messages`]);
  });

  it('GIVEN closed DMs, an unknown user or a bad id WHEN a DM is sent THEN the person is reported unreachable, without throwing', async () => {
    const quinn = w.person('Quinn');
    w.fake.closeDms(quinn.user);
    expect(await w.bot.delivery.sendToUser(quinn.user.id, note('hi'))).toEqual({ kind: 'unreachable', reason: 'DMs closed' });
    expect(await w.bot.delivery.sendToUser('not-a-snowflake', note('hi'))).toMatchObject({ kind: 'unreachable' });
  });

  it('GIVEN a community WHEN it has no announcement channel, or a deleted one THEN nothing is posted and the caller gets null; editing a deleted post does not throw', async () => {
    expect(await w.bot.delivery.announce!(community(null), note('x'))).toBeNull();
    expect(await w.bot.delivery.announce!(community('999999999999999999'), note('x'))).toBeNull();

    const channel = w.fake.channelId(w.guild, 'sessions');
    const posted = await w.bot.delivery.announce!(community(channel), { visibility: 'public', title: 'Sunday ride', text: 'Bring lights @everyone' });
    expect(posted).toMatchObject({ channelId: channel });
    const body = w.fake.requests('POST', `/channels/${channel}/messages`).at(-1)?.body as { allowed_mentions?: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] }); // user text never pings anyone

    await w.bot.delivery.editAnnouncement!({ community: community(channel).key, channelId: channel, messageId: '123' }, note('gone'));
    expect(w.logs.some((l) => l.msg === 'discord announcement edit failed')).toBe(true);
  });

  it('GIVEN a reply with a file WHEN it is sent by DM THEN the file arrives as an attachment', async () => {
    const rae = w.person('Rae');
    await w.bot.delivery.sendToUser(rae.user.id, { visibility: 'private', text: 'Your calendar', file: { name: 'run.ics', mime: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' } });
    const [dm] = w.fake.dms(rae.user);
    expect(dm?.attachments.map((a) => [a.filename, a.data.toString('utf8')])).toEqual([['run.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR']]);
  });

  it('GIVEN a DM with an in-place button (the attendance sheet\'s kind) WHEN pressed THEN the answer redraws that same DM, acknowledged as an update, and no new DM arrives', async () => {
    const rae = w.person('Rae');
    await w.slash(rae.dm, 'profile');
    const me = (await w.store.people.findByIdentity(userKey('discord', rae.user.id)))!;
    const action = await w.core.actions.offer(me.id, { kind: 'help' });
    await w.bot.delivery.sendToUser(rae.user.id, { visibility: 'private', text: 'Sheet', buttons: [[{ label: 'Toggle', action, style: 'primary', inPlace: true }]] });
    const before = w.fake.dms(rae.user).length;
    const sheet = w.fake.dms(rae.user).at(-1)!;
    const pressed = await w.click(rae.dm, sheet, 'Toggle');
    expect(pressed.ack?.type).toBe(6);
    expect(w.fake.dms(rae.user)).toHaveLength(before);
    expect(messageText(w.fake.dms(rae.user).at(-1)!)).toMatch(/\/match/);
  });
});
