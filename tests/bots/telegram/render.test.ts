import { describe, expect, it } from 'vitest';
import { readUpdate, parseCommand, invocationFor } from '../../../bots/telegram/inbound.js';
import { readStartPayload, pressPayload } from '../../../bots/telegram/links.js';
import { renderHtml, renderReply, telegramCommands } from '../../../bots/telegram/render.js';
import { commandMenus } from '../../../bots/telegram/commands-menu.js';
import type { ActionId } from '../../../src/domain/ids.js';
import type { Reply } from '../../../src/interaction/reply.js';
import { group, locationMessage, person, textMessage } from '../../fakes/telegram/index.js';
import { testRegistry } from '../../support/harness.js';

const NOW = new Date('2026-11-21T12:00:00Z');
type Update = Parameters<typeof readUpdate>[0];
const asUpdate = (body: object): Update => ({ update_id: 1, ...body }) as Update;

describe('Telegram rendering', () => {
  it('escapes HTML, turns **bold** into <b>, and formats time tags in the reader’s zone', () => {
    const reply: Reply = { visibility: 'private', title: 'Run <fast> & far', text: `**Hi** <b>you</b> at <t:${Date.UTC(2026, 10, 24, 7, 0) / 1000}:F>, /set-location`, zone: 'Europe/Berlin' };
    expect(renderHtml(reply, NOW)).toBe('<b>Run &lt;fast&gt; &amp; far</b>\n\n<b>Hi</b> &lt;b&gt;you&lt;/b&gt; at Tue 24 Nov 2026, 08:00 (GMT+1), /set_location');
  });

  it('GIVEN a reply for a Russian or German reader WHEN rendered THEN its times are in their language and zone, 24-hour, and the photo caption of a long text keeps them', () => {
    const at = Date.UTC(2026, 10, 24, 7, 0) / 1000;
    const ru = renderHtml({ visibility: 'private', text: `Начало <t:${at}:F>`, zone: 'Europe/Moscow', lang: 'ru' }, NOW);
    expect(ru).toMatch(/^Начало вт, 24 нояб\.? 2026 г\.?,? 10:00 \(GMT\+3\)$/);
    const de = renderHtml({ visibility: 'private', text: `<t:${at}:F>`, zone: 'Europe/Berlin', lang: 'de' }, NOW);
    expect(de).toMatch(/^Di\.?, 24\. Nov\.? 2026,? 08:00 \((MEZ|GMT\+1)\)$/);
    const image = { name: 'stats.png', png: new Uint8Array([1, 2, 3]), width: 10, height: 10, alt: 'x' };
    const [photo] = renderReply({ visibility: 'private', title: `Сессия <t:${at}:f>`, text: 'z'.repeat(1500), image, zone: 'Europe/Moscow', lang: 'ru' }, { now: NOW, locationKeyboard: false });
    expect(photo).toMatchObject({ caption: expect.stringMatching(/24 нояб.*10:00/) });
  });

  it('GIVEN a reply with a picture WHEN its text fits a caption THEN it is one captioned photo; WHEN it is longer THEN the photo has the title and the text follows with the buttons', () => {
    const image = { name: 'stats.png', png: new Uint8Array([1, 2, 3]), width: 10, height: 10, alt: 'a picture' };
    const button = { label: 'More', action: 'act-1' as ActionId, style: 'primary' as const };
    const short = renderReply({ visibility: 'private', title: 'Stats', text: 'All **good**', image }, { now: NOW, locationKeyboard: false });
    expect(short).toEqual([{ kind: 'photo', name: 'stats.png', data: image.png, caption: '<b>Stats</b>\n\nAll <b>good</b>' }]);
    const long = renderReply({ visibility: 'private', title: 'Stats <all>', text: 'z'.repeat(1500), image, buttons: [[button]] }, { now: NOW, locationKeyboard: false });
    expect(long.map((m) => m.kind)).toEqual(['photo', 'message']);
    expect(long[0]).toMatchObject({ caption: '<b>Stats &lt;all&gt;</b>' });
    expect(long[0]).not.toHaveProperty('markup');
    expect(long[1]).toMatchObject({ kind: 'message', markup: { inline_keyboard: [[{ text: 'More', callback_data: 'act-1' }]] } });
    expect((long[1] as { text: string }).text).toContain('z'.repeat(1000));
  });

  it('keeps a long reply under Telegram’s 4096 characters and says how many fields were left out', () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({ name: `Field ${i}`, value: 'x'.repeat(200) }));
    const html = renderHtml({ visibility: 'private', text: 'y'.repeat(5000), fields }, NOW);
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(html).toMatch(/… and \d+ more<\/i>$/);
  });

  it('makes a select one button per option whose callback data fits 64 bytes, and buttons after it', () => {
    const [m] = renderReply(
      {
        visibility: 'private',
        text: 'Which?',
        select: { placeholder: 'x', action: 'A'.repeat(16) as ActionId, options: [{ value: 'Springfield, Illinois, US', label: 'Springfield, IL' }, { value: 'b', label: 'B' }] },
        buttons: [[{ label: 'Cancel', action: 'B'.repeat(16) as ActionId, style: 'danger' }]],
      },
      { now: NOW, locationKeyboard: false },
    );
    expect(m).toMatchObject({ markup: { inline_keyboard: [[{ text: 'Springfield, IL', callback_data: `${'A'.repeat(16)}:0` }], [{ text: 'B', callback_data: `${'A'.repeat(16)}:1` }], [{ text: 'Cancel', callback_data: 'B'.repeat(16) }]] } });
  });

  it('offers the share-location keyboard only where asked (private chats)', () => {
    const question: Reply = { visibility: 'private', text: 'Where?', prompt: { kind: 'location', label: 'Where' } };
    expect(renderReply(question, { now: NOW, locationKeyboard: true })[0]).toMatchObject({ markup: { keyboard: [[{ request_location: true }]] } });
    expect(renderReply(question, { now: NOW, locationKeyboard: false })[0]).not.toHaveProperty('markup');
  });

  it('leaves paths and URLs alone when making commands tappable', () => {
    expect(telegramCommands('see https://example.com/a-b and /my-sessions')).toBe('see https://example.com/a-b and /my_sessions');
  });
});

describe('Telegram updates, read', () => {
  const ann = person(1, 'Ann', { last_name: 'Lee' });

  it('reads commands with "_" or "-", with or without the bot name, and skips other bots’ commands', () => {
    expect(parseCommand('/set_location Berlin, DE', 'spotter_bot')).toEqual({ command: 'set_location', text: 'Berlin, DE' });
    expect(parseCommand('/set-location@Spotter_Bot  Paris', 'spotter_bot')).toEqual({ command: 'set-location', text: 'Paris' });
    expect(parseCommand('/match@other_bot', 'spotter_bot')).toBeNull();
  });

  it('turns a private message, a location and a group command into dispatcher input with the right platform facts', () => {
    expect(readUpdate(asUpdate(textMessage(ann, 'running, yoga')), 'b')).toMatchObject({ kind: 'dispatch', inbound: { kind: 'text', text: 'running, yoga' } });
    expect(readUpdate(asUpdate(locationMessage(ann, 52.5, 13.4)), 'b')).toMatchObject({ kind: 'dispatch', inbound: { kind: 'location', lat: 52.5, lng: 13.4 } });
    const g = group(-100200, 'Crew');
    expect(readUpdate(asUpdate(textMessage(ann, 'hello all', g)), 'b')).toMatchObject({ kind: 'ignore' });
    const event = readUpdate(asUpdate(textMessage(ann, '/match 2', g)), 'b');
    expect(event).toMatchObject({ kind: 'dispatch', inbound: { kind: 'line', command: 'match', text: '2' } });
    if (event.kind !== 'dispatch') throw new Error('expected a dispatch');
    expect(invocationFor(event.from, event.chat, true, null)).toEqual({
      platform: 'telegram',
      // Ann has no username: the handle is reported as none, so any kept one is cleared.
      user: { key: 'telegram:1', displayName: 'Ann Lee', handle: null },
      locale: null,
      community: { key: 'telegram:-100200', name: 'Crew', roleIds: [], isAdmin: true },
      homeCommunity: 'telegram:-100200',
    });
    const named = readUpdate(asUpdate(textMessage({ ...ann, username: 'Ann_Lee' }, '/match', g)), 'b');
    if (named.kind !== 'dispatch') throw new Error('expected a dispatch');
    expect(invocationFor(named.from, named.chat, true, null).user).toEqual({ key: 'telegram:1', displayName: 'Ann Lee', handle: 'Ann_Lee' });
  });

  it('reads deep-link payloads: a group to act for, or a button to press', () => {
    expect(readStartPayload('in_-1001234')).toEqual({ kind: 'community', chatId: '-1001234' });
    expect(readStartPayload('jFcif_RZMVhkt6nm')).toEqual({ kind: 'action', id: 'jFcif_RZMVhkt6nm' });
    expect(readStartPayload(null)).toEqual({ kind: 'none' });
    expect(pressPayload('AAAAAAAAAAAAAAAA:2', '-100')).toBe('in_-100');
  });

  it('publishes names Telegram accepts', async () => {
    const menus = commandMenus(await testRegistry());
    for (const list of Object.values(menus)) for (const c of list) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
  });
});
