// Buffered line output to a file with backpressure. Lines are encoded straight into ~1 MB buffers
// (no joining of strings, no second pass to count bytes); when the file stream's queue is full the
// caller awaits `drained()`, so memory stays bounded however much is written.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const BUFFER_BYTES = 1 << 20;

export class LineWriter {
  private readonly stream: WriteStream;
  private buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  /** Buffers the stream has finished writing, reused so memory outside the JS heap stays a few MB. */
  private readonly spare: Buffer[] = [];
  private used = 0;
  private blocked = false;
  /** A write error (disk full, …) surfaces at the next call instead of as an unhandled 'error' event. */
  private failure: Error | null = null;
  bytes = 0;
  count = 0;

  constructor(readonly path: string) {
    // Room for a few chunks, so the disk writes one while the next is being generated.
    this.stream = createWriteStream(path, { highWaterMark: 4 * BUFFER_BYTES });
    // `once(stream, 'drain' | 'finish')` below rejects on an error while waiting; this keeps the rest.
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  /** Queues one line; returns true when the caller should `await drained()` before writing more. */
  write(line: string): boolean {
    if (this.failure) throw this.failure;
    // A UTF-16 unit takes at most 3 bytes in UTF-8; flush first if the worst case might not fit.
    const worst = line.length * 3 + 1;
    if (this.used + worst > this.buffer.length) {
      this.flush();
      if (worst > this.buffer.length) this.buffer = Buffer.allocUnsafe(worst);
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.buffer[this.used++] = 0x0a;
    this.count++;
    return this.blocked;
  }

  /** Hands the filled part of the buffer to the stream, which owns it until written. */
  private flush(): void {
    if (this.used === 0) return;
    this.bytes += this.used;
    const full = this.buffer;
    const done = () => {
      if (full.length === BUFFER_BYTES) this.spare.push(full);
    };
    if (!this.stream.write(full.subarray(0, this.used), done)) this.blocked = true;
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
  }

  async drained(): Promise<void> {
    if (this.blocked && !this.failure) await once(this.stream, 'drain');
    this.blocked = false;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.flush();
    await this.drained();
    this.stream.end();
    if (!this.stream.writableFinished) await once(this.stream, 'finish');
  }
}
