import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Writing a ZIP archive as a stream of buffers: each entry's data is deflated as it comes, its CRC
 * and sizes follow it in a data descriptor, and the central directory closes the archive. Nothing
 * is held but the directory (decision 0033). Entries stay under 4 GiB (no ZIP64).
 */

interface Written { name: Buffer; crc: number; compressed: number; size: number; offset: number }

const FLAGS = 0x0808; // bit 3: sizes in a data descriptor; bit 11: UTF-8 names
const DOS_DATE = (1 << 5) | 1; // 1980-01-01: the archive's bytes do not depend on the clock

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];

  /** One entry: its local header, its deflated data, its data descriptor. */
  async *entry(fileName: string, data: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
    const name = Buffer.from(fileName, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(FLAGS, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10); local.writeUInt16LE(DOS_DATE, 12); local.writeUInt16LE(name.length, 26);
    const start = this.offset;
    yield this.count(Buffer.concat([local, name]));
    const sums = { crc: 0, size: 0 };
    let compressed = 0;
    const counted = (async function* () {
      for await (const chunk of data) {
        sums.crc = zlib.crc32(chunk, sums.crc);
        sums.size += chunk.length;
        yield chunk;
      }
    })();
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const input = Readable.from(counted);
    input.on('error', (err) => deflate.destroy(err));
    input.pipe(deflate);
    for await (const chunk of deflate) {
      compressed += (chunk as Buffer).length;
      yield this.count(chunk as Buffer);
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0); descriptor.writeUInt32LE(sums.crc >>> 0, 4); descriptor.writeUInt32LE(compressed, 8); descriptor.writeUInt32LE(sums.size, 12);
    yield this.count(descriptor);
    this.written.push({ name, crc: sums.crc >>> 0, compressed, size: sums.size, offset: start });
  }

  /** The central directory and its end record. */
  finish(): Buffer {
    const parts: Buffer[] = [];
    for (const f of this.written) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(FLAGS, 8); central.writeUInt16LE(8, 10);
      central.writeUInt16LE(0, 12); central.writeUInt16LE(DOS_DATE, 14); central.writeUInt32LE(f.crc, 16); central.writeUInt32LE(f.compressed, 20); central.writeUInt32LE(f.size, 24);
      central.writeUInt16LE(f.name.length, 28); central.writeUInt32LE(f.offset, 42);
      parts.push(central, f.name);
    }
    const directory = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(this.written.length, 8); end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([directory, end]);
  }

  private count(chunk: Buffer): Buffer {
    this.offset += chunk.length;
    return chunk;
  }
}
