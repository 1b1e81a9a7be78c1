import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A lazy, file-backed Blob for node. Node 20's fs.openAsBlob() reports `size` modulo 2^32 for files > 4 GiB
 * (a 4.93 GB zip shows as 637 MB), which hides the zip's end-of-central-directory. Browsers' File objects are
 * fine; this stands in for them in node timing runs. Only size/slice/arrayBuffer/stream are implemented.
 */
export class NodeFileBlob extends Blob {
  readonly #fd: number;
  readonly #start: number;
  readonly #end: number;

  constructor(fd: number, start: number, end: number) {
    super([]);
    this.#fd = fd;
    this.#start = start;
    this.#end = end;
  }

  static open(path: string): { blob: NodeFileBlob; close: () => void } {
    const fd = openSync(path, 'r');
    return { blob: new NodeFileBlob(fd, 0, fstatSync(fd).size), close: () => closeSync(fd) };
  }

  override get size(): number {
    return this.#end - this.#start;
  }

  override slice(start = 0, end = this.size): NodeFileBlob {
    const clamp = (v: number) => Math.max(0, Math.min(this.size, v < 0 ? this.size + v : v));
    const s = clamp(start);
    return new NodeFileBlob(this.#fd, this.#start + s, this.#start + Math.max(s, clamp(end)));
  }

  #read(pos: number, len: number): Uint8Array {
    const buf = new Uint8Array(len);
    let off = 0;
    while (off < len) {
      const n = readSync(this.#fd, buf, off, len - off, pos + off);
      if (n === 0) break;
      off += n;
    }
    return off === len ? buf : buf.subarray(0, off);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const u = this.#read(this.#start, this.size);
    return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    let pos = this.#start;
    const end = this.#end;
    return new ReadableStream({
      pull: (controller) => {
        if (pos >= end) {
          controller.close();
          return;
        }
        const n = Math.min(1024 * 1024, end - pos);
        controller.enqueue(this.#read(pos, n) as Uint8Array<ArrayBuffer>);
        pos += n;
      },
    });
  }
}
