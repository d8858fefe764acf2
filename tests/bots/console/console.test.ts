import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PLATFORM_PLUGINS } from '../../../bots/index.js';
import type { App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { expectPng } from '../../support/png.js';
import { consoleSettings, terminal } from '../../support/terminal.js';

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

describe('the terminal adapter', () => {
  it('GIVEN a local person WHEN they run /stats THEN the calendar PNG is saved and its path printed with the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spotter-pictures-'));
    const t = await terminal(dir);
    app = t.app;
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    const screen = await t.type('/stats');
    expect(screen).toMatch(/training record/);
    const path = join(dir, 'Alex-stats.png');
    expect(screen).toContain(`(picture saved as ${path}, 1410×582)`);
    expect(expectPng(readFileSync(path))).toEqual({ width: 1410, height: 582 });
  });

  it('GIVEN no tokens WHEN two local people set up and one asks for matches THEN the other shows up with reasons and a numbered Connect button', async () => {
    const t = await terminal();
    app = t.app;
    expect(await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15')).toMatch(/Profile saved/);
    await t.type(':as ben');
    await t.type('/setup activities: running, yoga level: intermediate place: Berlin, DE radius: 20');
    const screen = await t.type('/match');
    expect(screen).toMatch(/#1 Alex · Berlin, DE/);
    expect(screen).toMatch(/both run/);
    expect(screen).toMatch(/\[1\] Connect with #1 Alex/);
    expect(screen).not.toMatch(/\d+\.\d{3,}/);
  });

  it('GIVEN the terminal WHEN a session is written as a sentence THEN it is made from the words, in order, with no name: value', async () => {
    const t = await terminal();
    app = t.app;
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    const screen = await t.type('/session-create running tomorrow 7am Berlin 3');
    expect(screen).toMatch(/Running/);
    expect(screen).toMatch(/3/);
    expect(screen).not.toMatch(/name: value|Where/);
  });

  it('GIVEN a guided command WHEN answered by typing and by pressing a numbered choice THEN the flow completes', async () => {
    const t = await terminal();
    app = t.app;
    expect(await t.type('/set-level')).toMatch(/\[1\] Beginner/);
    expect(await t.type('3')).toMatch(/Level: advanced/);
  });

  it('GIVEN free text with no question open WHEN typed THEN the terminal answers with the first steps to choose from', async () => {
    const t = await terminal();
    app = t.app;
    const answer = await t.type('hello?');
    expect(answer).toMatch(/I didn't catch that/);
    expect(answer).toMatch(/Set up my profile/);
    expect(await t.type('/nope')).toMatch(/I don't know \/nope/);
  });

  it('GIVEN USER is set WHEN the terminal starts THEN the first person carries that name, and Alex when USER is unset or no name', async () => {
    const t = await terminal(undefined, { USER: 'mira' });
    app = t.app;
    expect(await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15')).toMatch(/^mira> /m);
    expect(await t.type(':who')).toMatch(/^\* mira$/m);
    for (const env of [{ STORE: 'memory' }, { STORE: 'memory', USER: '1000' }]) {
      const loaded = loadConfig(env, PLATFORM_PLUGINS);
      expect(loaded.ok && consoleSettings(loaded.config.platforms).person).toBe('Alex');
    }
  });

  it('GIVEN a buddy request from the first person WHEN the other reads it THEN it names the person, never "you"', async () => {
    const t = await terminal();
    app = t.app;
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    await t.type(':as ben');
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    await t.type(':as Alex');
    await t.type('/match');
    const sent = await t.type('1');
    expect(sent).toMatch(/ben/);
    expect(sent).not.toMatch(/\byou\b.*\byou\b|sent to you/);
    expect(await t.type(':as ben')).toMatch(/Alex/);
  });

  it('GIVEN a moderator in a community WHEN switching to another person and back THEN each keeps their own :in and :mod', async () => {
    const t = await terminal();
    app = t.app;
    await t.type(':in gym');
    expect(await t.type(':mod')).toMatch(/Moderator rights on for Alex\./);
    const ben = await t.type(':as ben');
    expect(ben).toMatch(/You are now ben, new here, in a private chat\./);
    expect(ben).toMatch(/^ben> /m);
    expect(await t.type(':in gym')).toMatch(/^ben@gym> /m);
    const back = await t.type(':as Alex');
    expect(back).toMatch(/You are now Alex in community "gym" with moderator rights\./);
    expect(back).toMatch(/^Alex@gym \(mod\)> /m);
    expect(await t.type(':as ben')).toMatch(/^ben@gym> /m);
  });

  it('GIVEN a message with buttons WHEN other input follows THEN its numbers still press them, until the stored button expires', async () => {
    const t = await terminal();
    app = t.app;
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    await t.type(':as ben');
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    expect(await t.type('/match')).toMatch(/\[1\] Connect with #1 Alex/);
    expect(await t.type('/set-radius 20')).not.toMatch(/\[1\]/);
    await t.type(':who');
    expect(await t.type('1')).toMatch(/✔/);
    expect(await t.type('7')).toMatch(/There is no button 7 on screen: the last (buttons shown are numbered 1 to \d+|message shown has one button, number 1)\./);

    await t.type('/match');
    t.later(8 * 86_400_000);
    expect(await t.type('1')).toMatch(/That button has expired\. Run the command again for a fresh one\./);
  });

  it('GIVEN older buttons on screen WHEN a question asks for a typed number THEN the number answers the question', async () => {
    const t = await terminal();
    app = t.app;
    expect(await t.type('/set-level')).toMatch(/\[1\] Beginner/);
    await t.type('2');
    expect(await t.type('/set-radius')).toMatch(/\[1\] Cancel/);
    expect(await t.type('25')).toMatch(/25 km/);
  });

  it('GIVEN a terminal whose LANG is German WHEN people work in it THEN the terminal’s help and messages are German, and so are the answers of commands', async () => {
    const t = await terminal(undefined, { LANG: 'de_DE.UTF-8' });
    app = t.app;
    expect(await t.type(':help')).toMatch(/Spotter im Terminal: Du handelst offline als Leute vor Ort\.\n {2}\/befehl argumente {2}einen Befehl ausführen/);
    expect(await t.type(':mod')).toContain('Moderationsrechte für Alex an.');
    expect(await t.type(':as Olga')).toContain('Du bist jetzt Olga, neu hier, in einem privaten Chat.');
    expect(await t.type(':frobnicate')).toMatch(/^Unbekannt: :frobnicate\. Spotter im Terminal/m);
    expect(await t.type('/match')).toMatch(/Vervollständige zuerst dein Profil/);
  });

  it('GIVEN an English terminal and a person who chose German WHEN they press a button that is not on screen THEN the terminal answers them in German, and keeps its own words English', async () => {
    const t = await terminal(undefined, { LANG: 'en_US.UTF-8' });
    app = t.app;
    await t.type('/language de');
    expect(await t.type('/set-level')).toMatch(/\[1\] /);
    expect(await t.type('7')).toMatch(/Es gibt keinen Knopf 7/);
    expect(await t.type(':mod')).toContain('Moderator rights on for Alex.');
  });
});
