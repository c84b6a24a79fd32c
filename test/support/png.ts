// What a test can read of a PNG without a decoder: its signature and its IHDR chunk.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height in a PNG's header; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG: wrong signature");
  // The first chunk: length (4), type "IHDR" (4), then width and height, big-endian.
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error("not a PNG: no IHDR first");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
