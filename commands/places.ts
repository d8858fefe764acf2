import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { placesReply } from '../src/views/moderation.js';

export default defineCommand({
  name: 'places',
  description: "This community's curated public meeting places",
  access: 'anyone',
  scope: 'community',
  options: {},
  async execute(ctx): Promise<Reply> {
    return placesReply(ctx.community?.name ?? 'This community', ctx.core.moderation.placeNames(ctx.community));
  },
});
