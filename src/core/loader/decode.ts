/**
 * How a file's bytes were turned into text. Excel's "CSV (semikolonavgränsad)" and PxWeb's downloads are often
 * Windows-1252, not UTF-8; read as UTF-8 they show "L�s�r". A file is read as UTF-8 (with or without a
 * byte-order mark) when its bytes are valid UTF-8, as UTF-16 after a UTF-16 byte-order mark (Excel's "Unicode
 * text"), and otherwise as Windows-1252, whose every byte is a character: a Swedish file in any of these reads
 * right without the user naming its encoding.
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeBytes(input: ArrayBuffer | Uint8Array): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [a, b, c] = bytes;
  const read = (skip: number, encoding: TextEncoding, label: string = encoding): DecodedText => ({
    text: new TextDecoder(label).decode(bytes.subarray(skip)),
    encoding,
  });
  if (a === 0xef && b === 0xbb && c === 0xbf) return read(3, 'utf-8-bom', 'utf-8');
  if (a === 0xff && b === 0xfe) return read(2, 'utf-16le');
  if (a === 0xfe && b === 0xff) return read(2, 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return read(0, 'windows-1252');
  }
}
