/**
 * Buttons and selects name their command through its imported definition, with arguments typed by
 * its options; the core's offered actions map to commands in one checked place. Read by `tsc`
 * (`npm test` typechecks tests/ before running them): each `@ts-expect-error` below is a mistake
 * that must fail the typecheck, and fails it as an unused directive if it ever compiles.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { OfferedValues } from '../../src/domain/offered-action.js';
import { type ButtonArgs, type CommandContext, defineCommand } from '../../src/interaction/command.js';
import { offeredCommands } from '../../src/interaction/offered.js';
import { opt } from '../../src/interaction/options.js';
import type { Button, Select } from '../../src/interaction/reply.js';
import { OFFERED_COMMANDS } from '../../commands/_offered.js';
import checkin from '../../commands/checkin.js';
import join from '../../commands/join.js';
import runningLate from '../../commands/running-late.js';
import sessions from '../../commands/sessions.js';

declare const ctx: CommandContext;

describe('GIVEN a button naming its command by the imported definition', () => {
  it('THEN its arguments are that command’s options, typed as its execute receives them', async () => {
    expectTypeOf(await ctx.button('Join', join, { session: 's1' })).toEqualTypeOf<Button>();
    expectTypeOf<ButtonArgs<typeof sessions.options>>().toHaveProperty('page').toEqualTypeOf<number | undefined>();
    expectTypeOf<ButtonArgs<typeof checkin.options>>().toHaveProperty('attended').toEqualTypeOf<boolean | undefined>();
    // Any option may be left out: pressing the button asks for a required one, as typing it without would.
    expectTypeOf(await ctx.button('Sessions', sessions, {})).toEqualTypeOf<Button>();
  });

  it('WHEN the command is named by a string THEN the typecheck fails', () => {
    // @ts-expect-error a command is its definition, not its name
    void ctx.button('Join', 'join', { session: 's1' });
  });

  it('WHEN an argument names no option of the command THEN the typecheck fails', () => {
    // @ts-expect-error `sesion` is no option of /join
    void ctx.button('Join', join, { sesion: 's1' });
  });

  it('WHEN an argument has the wrong type THEN the typecheck fails', () => {
    // @ts-expect-error /sessions' page is a number
    void ctx.button('Next', sessions, { page: '2' });
    // @ts-expect-error /checkin's attended is yes or no, not a word
    void ctx.button('Here', checkin, { session: 's1', attended: 'yes' });
  });
});

describe('GIVEN a select filling one option of its command', () => {
  it('THEN the option is one of the command’s and the other arguments are typed', async () => {
    expectTypeOf(await ctx.select('Which?', runningLate, 'session', { minutes: 5 }, [])).toEqualTypeOf<Select>();
  });

  it('WHEN the option is not one of the command’s THEN the typecheck fails', () => {
    // @ts-expect-error /running-late has no option `sessions`
    void ctx.select('Which?', runningLate, 'sessions', {}, []);
  });

  it('WHEN the other arguments are wrong THEN the typecheck fails', () => {
    // @ts-expect-error /running-late's minutes are a number
    void ctx.select('Which?', runningLate, 'session', { minutes: 'five' }, []);
    // @ts-expect-error the option the select fills is not given beside it
    void ctx.select('Which?', runningLate, 'session', { session: 's1' }, []);
  });
});

describe('GIVEN the map from the core’s offered actions to commands', () => {
  const checkinNamed = <O extends Parameters<typeof defineCommand>[0]['options']>(options: O) =>
    defineCommand({ name: 'checkin', description: 'A stand-in', requires: [{ kind: 'anyone' }], category: 'sessions', options, execute: async () => ({ visibility: 'private', text: '' }) });

  it('THEN each kind’s values are what its command takes', () => {
    expectTypeOf(OFFERED_COMMANDS.checkin).toEqualTypeOf(checkin);
    expectTypeOf<OfferedValues<'checkin'>>().toExtend<ButtonArgs<typeof checkin.options>>();
  });

  it('WHEN a kind has no command THEN the typecheck fails', () => {
    const { checkin: _left, ...without } = OFFERED_COMMANDS;
    // @ts-expect-error `checkin` is missing
    offeredCommands(without);
  });

  it('WHEN a kind maps to a command of another name (a renamed command) THEN the typecheck fails', () => {
    // @ts-expect-error /join is not /checkin
    offeredCommands({ ...OFFERED_COMMANDS, checkin: join });
  });

  it('WHEN the command lacks an option the kind carries THEN the typecheck fails', () => {
    const noAttended = checkinNamed({ session: opt.session({ description: 'The session', lists: ['my-sessions'] }) });
    // @ts-expect-error `attended` is no option of this /checkin
    offeredCommands({ ...OFFERED_COMMANDS, checkin: noAttended });
  });

  it('WHEN an option has another type than the kind’s value THEN the typecheck fails', () => {
    const wordy = checkinNamed({
      session: opt.session({ description: 'The session', lists: ['my-sessions'] }),
      attended: opt.text({ description: 'Were you there?', label: 'Attended' }),
    });
    // @ts-expect-error `attended` is yes or no, not text
    offeredCommands({ ...OFFERED_COMMANDS, checkin: wordy });
  });
});
