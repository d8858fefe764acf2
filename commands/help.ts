import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { helpReply } from '../src/views/help.js';

export default defineCommand({
  name: 'help',
  description: 'What Spotter does and the commands to use',
  access: 'anyone',
  scope: 'anywhere',
  options: { command: opt.text({ description: 'A command to explain', label: 'The command' }) },
  positional: 'command',
  async execute(ctx, { command }) {
    return helpReply(ctx, command);
  },
});
