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
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** True when text carries replacement characters: it was read as UTF-8 although it is not (Windows-1252). */
export function hasReplacementCharacters(text: string): boolean {
  return text.includes('\uFFFD');
}
