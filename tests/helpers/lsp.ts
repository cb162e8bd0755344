/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length framing),
 * enough to start a language server, open a document and read the diagnostics it publishes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

export interface PublishDiagnosticsParams {
  uri: string;
  diagnostics: Diagnostic[];
}

export interface ClientOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The settings of a section, as an editor's client answers `workspace/configuration`. */
  configuration?: (section: string | undefined) => unknown;
}

export class LanguageClient {
  readonly #child: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<
    number,
    { resolve: (r: unknown) => void; reject: (e: Error) => void }
  >();
  readonly #listeners = new Set<(message: Message) => void>();
  readonly #configuration: ClientOptions['configuration'];
  #stderr = '';

  constructor(command: string, args: string[], options: ClientOptions) {
    this.#configuration = options.configuration;
    this.#child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'pipe' });
    this.#child.stderr.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString()));
    this.#child.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
  }

  /** What the server wrote to stderr, for failure messages. */
  get stderr(): string {
    return this.#stderr;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /** The first `method` notification whose params satisfy `accept`. */
  waitFor<T>(method: string, accept: (params: T) => boolean, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`no ${method} within ${timeoutMs} ms\n${this.#stderr}`));
      }, timeoutMs);
      const listener = (message: Message) => {
        if (message.method === method && accept(message.params as T)) {
          clearTimeout(timer);
          this.#listeners.delete(listener);
          resolve(message.params as T);
        }
      };
      this.#listeners.add(listener);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    try {
      await Promise.race([this.request('shutdown', null), sleep(2000)]);
      this.notify('exit', null);
    } catch {
      // The server is already gone.
    }
    await Promise.race([exited, sleep(2000)]);
    if (this.#child.exitCode === null) this.#child.kill();
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.#child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#child.stdin.write(body);
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1],
      );
      const start = headerEnd + 4;
      if (this.#buffer.length < start + length) return;
      const message = JSON.parse(
        this.#buffer.subarray(start, start + length).toString('utf8'),
      ) as Message;
      this.#buffer = this.#buffer.subarray(start + length);
      this.#dispatch(message);
    }
  }

  #dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.#pending.get(Number(message.id));
      this.#pending.delete(Number(message.id));
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    } else if (message.id !== undefined) {
      // A request from the server (workspace/configuration, client/registerCapability, …):
      // answer every one, so that the server never waits on this client.
      const items = (message.params as { items?: { section?: string }[] } | undefined)?.items;
      const result =
        message.method === 'workspace/configuration'
          ? (items ?? []).map((item) => this.#configuration?.(item.section) ?? null)
          : null;
      this.#send({ jsonrpc: '2.0', id: message.id, result });
    } else {
      for (const listener of this.#listeners) listener(message);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
