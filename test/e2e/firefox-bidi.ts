// Debian's Firefox ESR driven over WebDriver BiDi (its built-in remote protocol; Playwright
// drives only its own patched Firefox, which cannot be downloaded here). Just enough of the
// protocol for a smoke test: a session, installing the built extension, tabs, scripts, input.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class Firefox {
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
      };
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.type === 'error')
        waiter.reject(new Error(`${message.error}: ${message.message}`));
      else waiter.resolve(message.result);
    });
  }

  static async launch(): Promise<Firefox> {
    if (!existsSync(FIREFOX))
      throw new Error(
        `Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`,
      );
    const profile = mkdtempSync(join(tmpdir(), 'rxlens-firefox-'));
    const port = await freePort();
    const child = spawn(
      FIREFOX,
      ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(port)],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('Firefox did not start its WebDriver BiDi server')),
        30_000,
      );
      child.stderr!.on('data', (d) => {
        if (/WebDriver BiDi listening/.test(String(d))) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const firefox = new Firefox(child, socket, profile);
    await firefox.send('session.new', { capabilities: {} });
    return firefox;
  }

  send<T = Record<string, unknown>>(method: string, params: object): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async installExtension(path: string): Promise<string> {
    const { extension } = await this.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path },
    });
    return extension;
  }

  async newTab(url: string): Promise<string> {
    const { context } = await this.send<{ context: string }>('browsingContext.create', {
      type: 'tab',
    });
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /** Evaluates an expression in the page (its main world) and returns its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const reply = await this.send<{
      type: string;
      result?: { type: string; value?: string };
      exceptionDetails?: { text: string };
    }>('script.evaluate', {
      expression: `JSON.stringify((() => { ${expression} })())`,
      target: { context },
      awaitPromise: false,
    });
    if (reply.type !== 'success')
      throw new Error(reply.exceptionDetails?.text ?? 'evaluation failed');
    return JSON.parse(reply.result!.value ?? 'null') as T;
  }

  async waitFor<T>(
    context: string,
    expression: string,
    ok: (v: T) => boolean,
    timeoutMs = 15_000,
  ): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(context, expression);
      if (ok(value) || Date.now() > until) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async click(context: string, x: number, y: number): Promise<void> {
    await this.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.send('browser.close', {}), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // already closing
    }
    this.socket.close();
    this.process.kill();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
