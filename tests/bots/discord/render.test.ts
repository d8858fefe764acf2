import { translator } from '../../../src/i18n/translator.js';
import { describe, expect, it } from 'vitest';
import { buildCommandTable } from '../../../bots/discord/commands.js';
import { answerModal, formModal, renderReply } from '../../../bots/discord/render.js';
import type { ActionId } from '../../../src/domain/ids.js';
import { defineCommand } from '../../../src/interaction/command.js';
import { opt, type OptionSpec } from '../../../src/interaction/options.js';
import { buildRegistry } from '../../../src/interaction/registry.js';
import type { Button, Reply } from '../../../src/interaction/reply.js';
import { type Component, type Embed, messageText } from '../../fakes/discord/state.js';
import { type CommandJson, type ModalInput, validateCommands, validateMessage, validateModal } from '../../fakes/discord/validate.js';
import { testRegistry } from '../../support/harness.js';

const button = (label: string, i: number): Button => ({ label, action: `action-${String(i).padStart(4, '0')}` as ActionId, style: 'secondary' });
const sizeOf = (embeds: Embed[]) => embeds.reduce((n, e) => n + (e.title ?? '').length + (e.description ?? '').length + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);

describe('commands as Discord application commands', () => {
  it('GIVEN every declared command WHEN built for Discord THEN Discord accepts the set, without hidden commands, with typed options', async () => {
    const registry = await testRegistry();
    const { json, resolve } = buildCommandTable(registry);
    expect(() => validateCommands(json as unknown as CommandJson[])).not.toThrow();
    expect(json.map((c) => c.name)).not.toContain('delete-me-confirm');
    // A group's commands (/rounds join, /rounds leave, …) are one Discord command with subcommands.
    const visible = registry.list.filter((c) => !c.hidden);
    expect(json.length).toBe(new Set(visible.map((c) => c.group?.name ?? c.name)).size);

    const byName = (n: string) => json.find((c) => c.name === n)!;
    expect(byName('set-radius').options).toEqual([expect.objectContaining({ name: 'km', type: 4, min_value: 1, max_value: 200, required: true })]);
    expect(byName('set-activities').options?.[0]).toMatchObject({ type: 3, autocomplete: true });
    expect(byName('set-level').options?.[0]).toMatchObject({ type: 3, choices: expect.arrayContaining([expect.objectContaining({ name: 'Beginner', value: 'beginner' })]) });
    // Long text comes through a modal, so it is never required in the slash form.
    expect(byName('set-bio').options?.[0]).toMatchObject({ name: 'bio', max_length: 300 });
    expect(byName('set-bio').options?.[0]).not.toHaveProperty('required');
    // A guided command runs bare to start its conversation.
    expect(byName('session-create').options?.some((o) => 'required' in o)).toBe(false);
    expect(resolve('match', null)?.name).toBe('match');
  });

  it('GIVEN commands of one group WHEN built THEN they become subcommands, unless a top-level command has the group name', () => {
    const group = { name: 'club', description: 'Club things' };
    const make = (name: string, extra: object = {}) =>
      defineCommand({ name, description: `Does ${name}`, requires: [{ kind: 'anyone' }], category: 'more', options: { note: opt.text({ description: 'A note' }) }, ...extra, async execute() { return { visibility: 'private' as const, text: 'ok' }; } });
    const table = buildCommandTable(buildRegistry([make('club-join', { group }), make('club-leave', { group, requires: [{ kind: 'moderator' }] }), make('other')]));
    const club = table.json.find((c) => c.name === 'club')!;
    expect(club.options?.map((o) => [o.name, o.type])).toEqual([['join', 1], ['leave', 1]]);
    expect(club.default_member_permissions).toBeNull(); // one subcommand is for everyone
    expect(table.resolve('club', 'leave')?.name).toBe('club-leave');
    expect(() => validateCommands(table.json as unknown as CommandJson[])).not.toThrow();

    const clash = buildCommandTable(buildRegistry([make('club-join', { group }), make('club')]));
    expect(clash.json.map((c) => c.name).sort()).toEqual(['club', 'club-join']);
  });
});

describe('replies as Discord messages', () => {
  it('GIVEN a reply far over every limit WHEN rendered THEN Discord accepts it: text split and cut, fields capped, 6000 characters in all', () => {
    const reply: Reply = {
      visibility: 'private',
      title: 'x'.repeat(400),
      text: 'A paragraph of text.\n\n'.repeat(900),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: i % 2 ? '' : `Field ${i}`, value: i % 3 ? 'y'.repeat(2_000) : '' })),
      buttons: [Array.from({ length: 7 }, (_, i) => button(`B${i}`, i)), ...Array.from({ length: 6 }, (_, r) => [button(`R${r}`, 100 + r)])],
    };
    const m = renderReply(reply);
    expect(() => validateMessage({ embeds: m.embeds as Embed[], components: m.components as Component[] }, false)).not.toThrow();
    expect(sizeOf(m.embeds as Embed[])).toBeLessThanOrEqual(6000);
    expect(m.embeds[0]?.title).toHaveLength(256);
    expect(m.components).toHaveLength(5);
  });

  it('GIVEN a question waiting for text WHEN rendered THEN an Answer button leads the buttons and carries the question, and its modal is valid', () => {
    const m = renderReply({
      visibility: 'private',
      text: 'A few words about how you like to train',
      prompt: { kind: 'text', long: true, label: 'A few words about how you like to train' },
      buttons: [[button('Skip', 1), button('Cancel', 2)]],
    });
    const row = m.components[0]!.components as { label?: string; custom_id?: string }[];
    expect(row.map((b) => b.label)).toEqual(['Answer', 'Skip', 'Cancel']);
    expect(row[0]?.custom_id).toBe('sp:a:l:A few words about how you like to train');
    expect(() => validateModal(answerModal(true, 'A few words about how you like to train', translator('en')) as ModalInput)).not.toThrow();
  });

  it('GIVEN a select with duplicate and long values WHEN rendered THEN Discord gets unique options within its limits, and timestamps pass through untouched', () => {
    const m = renderReply({
      visibility: 'private',
      text: 'Starts <t:1795000000:F> (<t:1795000000:R>)',
      select: { placeholder: 'Choose', action: 'sel-000001' as ActionId, options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'A again' }, { value: 'b'.repeat(150), label: 'c'.repeat(150) }] },
    });
    expect(() => validateMessage({ embeds: m.embeds as Embed[], components: m.components as Component[] }, false)).not.toThrow();
    expect(messageText({ content: '', embeds: m.embeds as Embed[], components: [] })).toContain('<t:1795000000:F> (<t:1795000000:R>)');
  });

  it('GIVEN a reply with nothing to show WHEN rendered THEN it still is a valid message; a file becomes an attachment', () => {
    expect(renderReply({ visibility: 'private', text: '' }).content).toBe('…');
    const withFile = renderReply({ visibility: 'private', text: '', file: { name: 'me.json', mime: 'application/json', content: '{}' } });
    expect(withFile.files).toEqual([{ name: 'me.json', data: Buffer.from('{}'), contentType: 'application/json' }]);
  });

  it('GIVEN a command with long-text options WHEN its modal is built THEN it fits Discord (title ≤ 45, labels ≤ 45, at most 5 inputs)', async () => {
    const registry = await testRegistry();
    for (const c of registry.list) {
      const longTexts = (Object.entries(c.options) as [string, OptionSpec][]).filter(([, s]) => s.kind === 'long-text');
      if (longTexts.length === 0) continue;
      for (const lang of ['en', 'de', 'es', 'ru'] as const) expect(() => validateModal(formModal(c, 'pending-id-123', longTexts, lang) as ModalInput), `${c.name} ${lang}`).not.toThrow();
    }
  });

  it('GIVEN a German member WHEN a modal asks for long text THEN its labels are German: a description too long for a label goes under a shorter one', async () => {
    const create = (await testRegistry()).get('session-create')!;
    const notes = formModal(create, 'pending-id-123', [['notes', create.options.notes]], 'de').components[0] as { label: string; description?: string };
    expect(notes).toMatchObject({ label: 'Hinweise: Tempo, was mitbringen', description: 'Hinweise: Tempo, was mitbringen (bis 500 Zeichen)' });
    const english = formModal(create, 'pending-id-123', [['notes', create.options.notes]], 'en').components[0] as { label: string; description?: string };
    expect(english).toMatchObject({ label: 'Notes', description: 'Notes for joiners: pace, what to bring (up to 500 characters)' });
  });
});
