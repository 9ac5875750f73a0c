import { TextDecoder } from 'node:util';

// Charset names TextDecoder knows; anything else falls back to UTF-8 rather than failing the fetch.
function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Decode a fetched body by its BOM, Content-Type charset, or XML/HTML declaration, defaulting to UTF-8. */
export function decodeBody(bytes: Buffer, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return decoderFor(fromHeader).decode(bytes);
  const head = bytes.subarray(0, 1024).toString('latin1');
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return decoderFor(declared).decode(bytes);
}
