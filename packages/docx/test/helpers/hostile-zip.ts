import { constants, deflateRawSync } from "node:zlib";

/**
 * Raw deflate data that inflates to `mib` MiB of zero bytes, in about 1 KiB a MiB: one
 * sync-flushed (byte-aligned, not final) block of 1 MiB of zeros, repeated, then an empty
 * final block. Each copy's back-references land on zeros, so the copies inflate alike.
 */
export function deflatedZeros(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  const out = new Uint8Array(block.length * mib + end.length);
  for (let i = 0; i < mib; i++) out.set(block, i * block.length);
  out.set(end, block.length * mib);
  return out;
}

/**
 * A zip of one deflated entry whose headers declare `declaredSize` inflated bytes, whatever
 * the data inflates to: a zip bomb, honest or lying, for the reader's limits. Test fixture
 * only (fflate cannot store data that is already deflated); layout per APPNOTE 4.3.
 */
export function zipOfDeflated(
  name: string,
  deflated: Uint8Array,
  declaredSize: number,
): Uint8Array {
  const fileName = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true); // version needed
  local.setUint16(8, 8, true); // deflate
  local.setUint32(18, deflated.length, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, fileName.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, deflated.length, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, fileName.length, true);
  const centralAt = 30 + fileName.length + deflated.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + fileName.length, true);
  end.setUint32(16, centralAt, true);
  const parts = [
    new Uint8Array(local.buffer),
    fileName,
    deflated,
    new Uint8Array(central.buffer),
    fileName,
    new Uint8Array(end.buffer),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
