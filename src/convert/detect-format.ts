/** Which converter a file needs, from its first bytes — never from its name. */
export type DetectedFormat = 'docx' | 'pdf' | 'doc' | 'zip' | 'empty' | 'unknown';

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1024)));
  // PDF: "%PDF-" may be preceded by a little junk (the spec tolerates up to 1024 bytes).
  if (head.indexOf('%PDF-') !== -1) return 'pdf';
  // ZIP local file header "PK\x03\x04" (a .docx is a zip holding word/document.xml).
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const probe = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
    return probe.includes('word/') || probe.includes('[Content_Types].xml') ? 'docx' : 'zip';
  }
  // OLE2 compound file (Word 97–2003 .doc).
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) return 'doc';
  return 'unknown';
}
