/** The bench's side of the fake-platform process: fork it, ask, close. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HostReply, HostRequest } from './protocol.js';

type ReplyOf<K extends HostReply['op']> = Extract<HostReply, { op: K }>;

export class RemotePlatforms {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (r: HostReply) => void; reject: (e: Error) => void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (msg: { id: number; reply?: HostReply; error?: string }) => {
      const w = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      if (msg.error !== undefined) w?.reject(new Error(`fake platform: ${msg.error}`));
      else w?.resolve(msg.reply!);
    });
    child.once('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`the fake-platform process exited (${code})`));
      this.waiting.clear();
    });
  }

  static start(): RemotePlatforms {
    const host = fileURLToPath(new URL('host.ts', import.meta.url));
    return new RemotePlatforms(fork(host, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  ask<K extends HostReply['op']>(req: HostRequest, expect: K): Promise<ReplyOf<K>> {
    const id = this.next++;
    return new Promise<HostReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, req });
    }).then((reply) => {
      if (reply.op !== expect) throw new Error(`fake platform answered ${reply.op}, expected ${expect}`);
      return reply as ReplyOf<K>;
    });
  }

  async close(): Promise<void> {
    await this.ask({ op: 'close' }, 'closed').catch(() => {});
    this.child.disconnect();
  }
}
