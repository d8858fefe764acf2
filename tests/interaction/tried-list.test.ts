/**
 * Issue #12's "tried" list, replayed: every example a new member tried, as they typed it, with
 * the answer they get now. Run with SPOTTER_WRITE_TRIED=1 to write the answers to
 * /tmp/tried-replies.md for the issue's closing note.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { messageText } from '../fakes/discord/index.js';
import { DiscordWorld } from '../bots/discord/world.js';
import { TelegramWorld, textsTo } from '../bots/telegram/world.js';
import { createSession, notification } from '../core/sessions/helpers.js';
import { type Actor, Harness, runner } from '../support/harness.js';
import { asRead, Quotes } from '../support/quotes.js';
import { terminal } from '../support/terminal.js';

const quotes = new Quotes('Issue #12: what a person gets now, for each example of the "tried" list', '/tmp/tried-replies.md', 'SPOTTER_WRITE_TRIED');
afterAll(() => quotes.write(process.env));

const PEOPLE = 'People only by list number';
const SENTENCES = '`name: value` on Telegram and in the terminal';
const SILENCE = 'Silence';
const FLOWS = 'Flows that lose everything';
const NONSENSE = 'Nonsense accepted, sense refused';
const RAW_IDS = 'Raw ids for moderators';
const HELP = 'Help for someone else';
const ORDER = 'Lists in a strange order';
const UNTRUTHS = 'Small untruths';
const CHECKIN = "Check-in can't be reached";
const REPLYING = 'Replying takes three steps';
const TERMINAL = "The terminal adapter's state";

let h: Harness;

/** Runs a typed command and quotes what came back. */
async function says(bullet: string, who: Actor, command: string, text = ''): Promise<string> {
  await who.run(command, text);
  return quotes.add(bullet, `/${command}${text ? ` ${text}` : ''}`, asRead(who.last?.replies ?? []));
}

/** Presses a button (by its label) and quotes what came back. */
async function presses(bullet: string, who: Actor, label: string | RegExp, replies = who.last?.replies ?? []): Promise<string> {
  const button = who.button(label, replies);
  await who.press(button);
  return quotes.add(bullet, `[${button.label}]`, asRead(who.last?.replies ?? []));
}

/** Plain words in a private chat, quoted with their answer. */
async function writes(bullet: string, who: Actor, text: string): Promise<string> {
  await who.say(text);
  return quotes.add(bullet, text, asRead(who.last?.replies ?? []));
}

async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  await b.press(b.button('Accept', [b.lastInbox()]));
}

describe('the tried list, on the command layer', () => {
  beforeEach(async () => {
    h = await Harness.create({ limits: { 'session-create': { points: 20, windowMs: 86_400_000 } } });
  });
  afterEach(() => h.assertNoCoordinatesLeaked());

  it('GIVEN Anna is my only buddy WHEN I write /msg person: Anna, /msg person: ben, /msg person: 1 and /block person: Ben THEN each finds the person; /buddies suggests number 1', async () => {
    const ana = await runner(h, 'Ana');
    const anna = await runner(h, 'Anna');
    await befriend(ana, anna);
    expect(await says(PEOPLE, ana, 'msg', 'person: Anna')).toMatch(/message/i);
    expect(await writes(PEOPLE, ana, 'Run on Saturday?')).toMatch(/Sent to \*\*Anna\*\*/);
    expect(await says(PEOPLE, ana, 'msg', 'person: 1 text: Bringing a friend')).toMatch(/Sent to \*\*Anna\*\*/);
    expect(await says(PEOPLE, ana, 'buddies')).toMatch(/\/msg 1 /);
    expect(ana.text()).not.toMatch(/person: 2/);
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    expect(await says(PEOPLE, ana, 'msg', 'person: ben text: see you at 7')).toMatch(/Sent to \*\*Ben\*\*/);
    expect(await says(PEOPLE, ana, 'block', 'person: Ben')).toMatch(/Ben/);
    expect((await ana.profile()).blocked).toEqual([await ben.id()]);
  });

  it('GIVEN Ben P. (@ben_p) in my matches WHEN I write /connect person: @ben_p THEN the request goes to him', async () => {
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    await runner(h, 'Ben P.', { community: 'berlin-runners' });
    await ana.run('match');
    expect(await says(PEOPLE, ana, 'connect', 'person: @ben_p')).toMatch(/Buddy request sent to \*\*Ben P\.\*\*/);
  });

  it('GIVEN /sessions then /my-sessions WHEN I write /join 2 THEN it is the second session nearby; /request-accept 1 after the notification; /place-remove 2 after /places', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    await createSession(h, hana, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 2 title: Morning 5k');
    await createSession(h, hana, 'activity: running when: tomorrow 9am place: Berlin, DE capacity: 2 title: Late 10k');
    await createSession(h, ben, 'activity: cycling when: tomorrow 8am place: Berlin, DE capacity: 3');
    await ben.run('sessions');
    await ben.run('my-sessions');
    expect(await says(PEOPLE, ben, 'join', '2')).toMatch(/Late 10k/);
    expect(notification(hana, /Ben/)).toBeTruthy();
    expect(await says(PEOPLE, hana, 'request-accept', '1')).toMatch(/\*\*Ben\*\* is in/);

    const mia = h.person('Mia', { community: 'berlin-runners', admin: true });
    await mia.run('place-add', 'name: Brandenburg Gate location: 52.5163, 13.3777');
    await mia.run('place-add', 'name: Tiergarten location: 52.5145, 13.3501');
    await mia.run('places');
    const second = /2\. (.+)/.exec(mia.text())![1]!;
    expect(await says(PEOPLE, mia, 'place-remove', '2')).toContain(second.replace(/\*\*/g, '').trim().split(' ')[0]!);
    expect(mia.last?.outcome).toBe('ok');
  });

  it('GIVEN buddies WHEN one writes /msg Ben see you at 7 (a sentence, as on Telegram and in the terminal) THEN it reaches Ben', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    expect(await says(SENTENCES, ana, 'msg', 'Ben see you at 7')).toMatch(/Sent to \*\*Ben\*\*/);
    expect(ben.lastInbox().text).toMatch(/see you at 7/);
  });

  it('GIVEN a private chat WHEN someone writes plain words, or answers a question that was lost THEN they get an answer, never silence', async () => {
    const ana = await runner(h, 'Ana');
    expect(await writes(SILENCE, ana, 'hello?')).toMatch(/\[/);
    expect(await writes(SILENCE, ana, 'find a running buddy')).toMatch(/\[/);
    await ana.run('set-radius');
    // The question is lost (a restart that forgot it, or a day gone by).
    await h.store.conversations.delete(await ana.id());
    const lost = await writes(SILENCE, ana, '25');
    expect(lost.length).toBeGreaterThan(0);
    expect((await ana.profile()).radiusKm).toBe(15);
  });

  it('GIVEN guided /setup WHEN availability is "whenever I feel like it" THEN only that question is asked again and every answer so far is kept', async () => {
    const ana = h.person('Ana');
    await ana.run('setup');
    for (const answer of ['running, yoga', 'intermediate', 'Berlin, DE', '15']) await ana.say(answer);
    expect(await writes(FLOWS, ana, 'whenever I feel like it')).toMatch(/When can you train\?/);
    expect(await ana.profile()).toMatchObject({ activities: ['running', 'yoga'], level: 'intermediate', radiusKm: 15 });
  });

  it('GIVEN a community with a meeting place WHEN guided /session-create asks where THEN the place is a choice, and duration, title and weekly are asked too', async () => {
    const mia = h.person('Mia', { community: 'berlin-runners', admin: true });
    await mia.run('place-add', 'name: Tiergarten gate location: 52.5163, 13.3777');
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    await says(FLOWS, ana, 'session-create');
    await writes(FLOWS, ana, 'running');
    expect(await writes(FLOWS, ana, 'tomorrow 7am')).toMatch(/\[Tiergarten gate\] \[Somewhere else\]/);
    let answer = await presses(FLOWS, ana, 'Tiergarten gate');
    const asked: string[] = [];
    // The optional steps: each is skipped, keeping its default, until the session is made.
    for (let step = 0; step < 8 && !/Session created/.test(answer); step++) {
      asked.push(ana.text());
      answer = ana.last!.replies.some((r) => (r.buttons ?? []).flat().some((b) => b.label === 'Skip')) ? await presses(FLOWS, ana, 'Skip') : await writes(FLOWS, ana, '4');
    }
    expect(asked.join('\n')).toMatch(/minutes/i);
    expect(asked.join('\n')).toMatch(/title/i);
    expect(asked.join('\n')).toMatch(/week/i);
    expect(answer).toMatch(/Session created/);
  });

  it('GIVEN the checks a person expects WHEN -5 hours, 23 digits, Atlantis and New York are typed THEN nonsense is refused with examples and sense accepted', async () => {
    const ana = await runner(h, 'Ana', { community: 'berlin-runners', radius: 200 });
    expect(await says(NONSENSE, ana, 'set-availability', '-5')).toMatch(/"-5" would be a negative hour\. Write times of day from 0 to 24/);
    expect(ana.last?.outcome).toBe('user-error');
    expect(await says(NONSENSE, ana, 'set-name', '12345678901234567890123')).toMatch(/letter/i);
    const mia = h.person('Mia', { community: 'berlin-runners', admin: true });
    await mia.run('place-add', 'name: Tiergarten gate location: 52.5163, 13.3777');
    expect(await says(NONSENSE, ana, 'session-create', 'activity: running when: tomorrow 7am place: Atlantis')).toMatch(/Create it there anyway\?/);
    const create = ana.button('Create there');
    expect(await presses(NONSENSE, ana, 'Create there')).toMatch(/Session created/);
    expect(await presses(NONSENSE, ana, 'Create there', [{ visibility: 'private', text: '', buttons: [[create]] }])).toMatch(/Already done/);
    expect(await says(NONSENSE, ana, 'set-timezone', 'New York')).toMatch(/New_York|New York/);
    expect((await ana.profile()).timeZone).toBe('America/New_York');
  });

  it('GIVEN a member and a moderator WHEN each runs /help in the community THEN moderator commands are offered only to the moderator; a first contact gets the welcome', async () => {
    const kim = await runner(h, 'Kim', { community: 'berlin-runners' });
    const help = await says(HELP, kim, 'help');
    expect(help).not.toMatch(/\/ban\b|\/mod-settings|\/reports|Moderators/);
    const tom = h.person('Tom');
    await tom.send({ kind: 'welcome' });
    expect(quotes.add(HELP, '/start (Telegram, a new person)', asRead(tom.last?.replies ?? []))).toMatch(/Welcome to Spotter/);
  });

  it('GIVEN a session in April and one tomorrow WHEN I run /sessions THEN tomorrow comes first', async () => {
    const ana = await runner(h, 'Ana');
    const hana = await runner(h, 'Hana');
    await createSession(h, hana, 'activity: running when: 2027-04-10 9am place: Berlin, DE title: April long run');
    await createSession(h, hana, 'activity: running when: tomorrow 7am place: Friedrichshain, Berlin title: Tomorrow morning');
    const list = await says(ORDER, ana, 'sessions');
    expect(list.indexOf('Tomorrow morning')).toBeLessThan(list.indexOf('April long run'));
  });

  it('GIVEN the small untruths WHEN tried again THEN pages, pauses, announcements, waitlists, initials, notes and /delete-me all say what is true', async () => {
    const ana = await runner(h, 'Ana');
    await runner(h, 'Ben');
    expect(await says(UNTRUTHS, ana, 'match', 'page: 40')).toMatch(/only 1 page/);
    expect(await says(UNTRUTHS, ana, 'match', 'page: 99')).toMatch(/only 1 page/);
    await ana.run('pause');
    expect(await says(UNTRUTHS, ana, 'profile')).toMatch(/paused/);
    await ana.run('resume');
    expect(await says(UNTRUTHS, ana, 'session-create', 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1')).toMatch(/isn't announced anywhere/);
    const hana = await runner(h, 'Hana');
    const s = await createSession(h, hana, 'activity: running when: tomorrow 8am place: Berlin, DE capacity: 1 title: Small group');
    const cy = await runner(h, 'Cy');
    await cy.run('join', s.id);
    await hana.press(hana.button('Accept', [notification(hana, /\*\*Cy\*\*.*wants to join/)]));
    expect(await says(UNTRUTHS, ana, 'join', s.id)).toMatch(/waitlist/);
    expect(await says(UNTRUTHS, hana, 'set-name', 'Hana K.')).toMatch(/Hana K\.\*\*$/);
    expect(await says(UNTRUTHS, ana, 'session-create', `activity: running when: tomorrow 7am place: Berlin, DE notes: ${'x'.repeat(600)}`)).toMatch(/The notes are too long: keep them under 500 characters\.$/);
    expect(await says(UNTRUTHS, ana, 'delete-me')).toMatch(/\[Cancel\]/);
    expect(await presses(UNTRUTHS, ana, 'Cancel')).toMatch(/nothing was deleted/);
  });

  it('GIVEN a session happening now WHEN its guest and its host open /my-sessions THEN "I\'m here" is there and checks each in, the host too', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, hana, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4 title: Morning 5k');
    await ben.run('join', s.id);
    await hana.press(hana.button('Accept', [notification(hana, /\*\*Ben\*\* .*wants to join/)]));
    h.now = new Date(s.startsAt.getTime() + 15 * 60_000);
    expect(await says(CHECKIN, ben, 'my-sessions')).toMatch(/happening now/);
    expect(await presses(CHECKIN, ben, "I'm here (1)")).toMatch(/Checked in for \*\*Morning 5k\*\*/);
    expect(await says(CHECKIN, hana, 'checkin', 'yes')).toMatch(/Checked in for \*\*Morning 5k\*\*/);
    h.now = new Date(s.startsAt.getTime() + 3 * 3_600_000);
    expect(await says(CHECKIN, ben, 'my-sessions')).toMatch(/Morning 5k/);
  });
});

describe('the tried list, in the terminal', () => {
  let app: App | null = null;
  afterEach(async () => {
    await app?.stop();
    app = null;
  });

  /** Types a line into the terminal and quotes the screen it printed (without the prompt). */
  const typed = async (t: Awaited<ReturnType<typeof terminal>>, bullet: string, line: string, said = line): Promise<string> =>
    quotes.add(bullet, said, (await t.type(line)).replace(/\n?[^\n]*> $/, ''));

  it('GIVEN no USER WHEN two people meet in the terminal THEN the first is Alex, nobody is "you", /msg ben see you at 7 is a sentence, :in and :mod belong to each person, and an old button says it expired', async () => {
    // Pictures are saved where the terminal is told, never in the working directory.
    const t = await terminal(mkdtempSync(join(tmpdir(), 'spotter-tried-')));
    app = t.app;
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    await t.type(':as ben');
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    await t.type(':as Alex');
    await t.type('/match');
    expect(await typed(t, TERMINAL, '1')).toMatch(/Buddy request sent to ben\. /);
    await t.type(':as ben');
    await t.type('/buddy-accept Alex');
    await t.type(':as Alex');
    expect(await typed(t, SENTENCES, '/msg ben see you at 7')).toMatch(/Sent to ben\./);
    expect(await typed(t, TERMINAL, '/stats')).toMatch(/Alex's training record/);

    await t.type(':in gym');
    expect(await typed(t, TERMINAL, ':mod')).toMatch(/Moderator rights on for Alex\./);
    expect(await typed(t, TERMINAL, ':as ben')).toMatch(/You are now ben, in a private chat\.|You are now ben/);
    expect(await typed(t, TERMINAL, ':as Alex')).toMatch(/You are now Alex in community "gym" with moderator rights\./);

    await t.type('/match');
    await t.type('/set-radius 20');
    expect(await typed(t, TERMINAL, '7')).toMatch(/There is no button 7 on screen: the last message shown has one button, number 1\./);
    t.later(8 * 86_400_000);
    expect(await typed(t, TERMINAL, '1')).toMatch(/That button has expired\. Run the command again for a fresh one\./);
  });

  it('GIVEN USER=mira WHEN the terminal starts THEN the first person is mira', async () => {
    const t = await terminal(undefined, { USER: 'mira' });
    app = t.app;
    expect(await typed(t, TERMINAL, ':who', ':who (with USER=mira)')).toMatch(/^\* mira$/m);
  });
});

describe('the tried list, on Telegram', () => {
  let world: TelegramWorld | null = null;
  afterEach(async () => {
    await world?.stop();
    world = null;
  });

  it('GIVEN a new person WHEN they open the bot THEN a welcome; GIVEN buddies WHEN one writes /msg Bob see you at 7 THEN it reaches Bob; a session now takes /checkin yes', async () => {
    world = await TelegramWorld.create();
    const tom = world.telegramUser(7101, 'Tom');
    await tom.says('/start');
    expect(quotes.add(HELP, '/start (Telegram)', tom.lastText())).toMatch(/Welcome to Spotter/);

    const alice = await world.telegramUser(7102, 'Alice').ready('Berlin, DE');
    const bob = await world.telegramUser(7103, 'Bob').ready('Berlin, DE');
    await alice.says('/match');
    await alice.says('/connect bob');
    await bob.says('/buddy_accept Alice');
    const sent = await alice.says('/msg Bob see you at 7');
    expect(quotes.add(SENTENCES, '/msg Bob see you at 7 (Telegram)', textsTo(sent, alice.id).join('\n'))).toMatch(/Sent to <b>Bob<\/b>/);
    expect(textsTo(sent, bob.id).join()).toMatch(/see you at 7/);

    await alice.says('/session_create running tomorrow 7am Berlin 4');
    await bob.says('/sessions');
    await bob.says('/join 1');
    await alice.press('Accept');
    const startsIn = (await world.store.sessions.listForPerson((await alice.profile()).id, ['open', 'full'], new Date(0)))[0]!.startsAt.getTime() - world.now.getTime();
    world.advance(startsIn + 10 * 60_000);
    const checked = await bob.says('/checkin yes');
    expect(quotes.add(CHECKIN, '/checkin yes (Telegram, while the session happens)', textsTo(checked, bob.id).join('\n'))).toMatch(/Checked in for/);
  });
});

describe('the tried list, on Discord', () => {
  let w: DiscordWorld | null = null;
  afterEach(async () => {
    await w?.stop();
    w = null;
  });

  it('GIVEN a server manager WHEN they pick the channel and role THEN both show as mentions; GIVEN a relayed DM WHEN Reply is pressed THEN the message box opens at once, as long as /msg allows', async () => {
    w = await DiscordWorld.start();
    const olga = w.person('Olga', { manageGuild: true });
    const channel = w.fake.channelId(w.guild, 'sessions');
    const role = w.fake.roleId(w.guild, 'Moderators');
    const saved = await w.slash(olga.here, 'mod-settings', { 'announce-channel': channel, 'moderator-role': role });
    const shown = quotes.add(RAW_IDS, '/mod-settings announce-channel: #sessions moderator-role: @Moderators (Discord)', messageText(w.lastShown(saved)));
    expect(shown).toContain(`<#${channel}>`);
    expect(shown).toContain(`<@&${role}>`);
    // The README names the command as it is.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('/mod-settings announce-channel:');
    expect(readme).not.toContain('/mod settings');

    const alice = w.person('Alice');
    const bob = w.person('Bob');
    await w.profile(alice);
    await w.profile(bob);
    const match = await w.slash(alice.here, 'match');
    await w.click(alice.here, w.lastShown(match), /Connect with #1 Bob/);
    await w.click(bob.dm, w.lastDm(bob), 'Accept');
    await w.slash(alice.here, 'msg', { person: 'Bob', text: 'Run on Saturday at 9?' });
    const opened = await w.click(bob.dm, w.lastDm(bob), 'Reply');
    const input = (opened.modal?.components?.[0] as { component?: { max_length?: number } } | undefined)?.component;
    quotes.add(REPLYING, '[Reply] on the relayed DM (Discord)', `A modal opens at once: "${opened.modal?.title ?? ''}", its box takes up to ${input?.max_length ?? '?'} characters.`);
    expect(opened.ack?.type).toBe(9);
    expect(input?.max_length).toBe(1000);
    const replied = await w.submit(bob.dm, opened, { answer: 'Deal, see you at the gate.' });
    expect(quotes.add(REPLYING, 'the modal sent', w.text(replied))).toMatch(/Sent to \*\*Alice\*\*/);
  });
});
