package org.wirescope.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text without losing an article over one bad byte. UTF-8 is tried first (a BOM or a
 * declared charset wins); every byte sequence that is not valid UTF-8 is read as windows-1252
 * instead, which is what stray bytes in wire copy almost always are, and counted as repaired.
 */
public final class TextDecoding {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** The text, the charset used, and how many bytes had to be read another way. */
  public record Decoded(String text, String charset, int repairedBytes) {
    public boolean repaired() {
      return repairedBytes > 0;
    }
  }

  private TextDecoding() {}

  public static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length, null);
  }

  public static Decoded decode(byte[] bytes, int off, int len, Charset declared) {
    if (len >= 2 && (bytes[off] & 0xFF) == 0xFE && (bytes[off + 1] & 0xFF) == 0xFF) {
      return new Decoded(
          new String(bytes, off + 2, len - 2, StandardCharsets.UTF_16BE), "UTF-16BE", 0);
    }
    if (len >= 2 && (bytes[off] & 0xFF) == 0xFF && (bytes[off + 1] & 0xFF) == 0xFE) {
      return new Decoded(
          new String(bytes, off + 2, len - 2, StandardCharsets.UTF_16LE), "UTF-16LE", 0);
    }
    if (len >= 3
        && (bytes[off] & 0xFF) == 0xEF
        && (bytes[off + 1] & 0xFF) == 0xBB
        && (bytes[off + 2] & 0xFF) == 0xBF) {
      off += 3;
      len -= 3;
    }
    if (declared != null
        && !declared.equals(StandardCharsets.UTF_8)
        && !declared.equals(StandardCharsets.US_ASCII)) {
      return new Decoded(new String(bytes, off, len, declared), declared.name(), 0);
    }
    return utf8WithFallback(bytes, off, len);
  }

  private static Decoded utf8WithFallback(byte[] bytes, int off, int len) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len + 16);
    int repaired = 0;
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      // Malformed or unmappable: read those bytes as windows-1252, one char per byte.
      for (int i = 0; i < r.length(); i++) {
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put(cp1252(in.get()));
        repaired++;
      }
    }
    dec.flush(out);
    out.flip();
    return new Decoded(out.toString(), repaired > 0 ? "UTF-8+windows-1252" : "UTF-8", repaired);
  }

  private static char cp1252(byte b) {
    String s = new String(new byte[] {b}, CP1252);
    char c = s.charAt(0);
    // The five bytes windows-1252 leaves undefined map to their Latin-1 code points.
    return c == '\uFFFD' ? (char) (b & 0xFF) : c;
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  /**
   * True when the sample looks like binary data rather than text: a NUL byte, or more than 5% of
   * control bytes other than tab, newline, carriage return, form feed and escape.
   */
  public static boolean looksBinary(byte[] bytes, int len) {
    int n = Math.min(len, 8192);
    if (n >= 2
        && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
        && ((bytes[1] & 0xFF) == 0xFF || (bytes[1] & 0xFF) == 0xFE)) {
      return false; // UTF-16 with a BOM holds NULs legitimately
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
