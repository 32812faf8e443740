// Properties JSON is most of an event's bytes and repeats the same keys; deflate shrinks it ~9×. The streams
// are asynchronous, so callers compress before a transaction opens and decompress after it has finished.

/** deflate-raw of the UTF-8 bytes of `text`. */
export async function compressText(text: string): Promise<Uint8Array> {
  return new Uint8Array(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')).arrayBuffer());
}

/** The text that `compressText` compressed. */
export async function decompressText(bytes: Uint8Array): Promise<string> {
  return pipe(bytes, new DecompressionStream('deflate-raw')).text();
}

// One write of the whole buffer: ~15% less work than Blob.stream(), which feeds the stream in 64 KB pieces.
function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Response {
  const writer = transform.writable.getWriter();
  // A failure shows up on the readable side too; don't let the write side's copy go unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  return new Response(transform.readable);
}
