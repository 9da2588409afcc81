package org.devplan.io.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.devplan.model.PlanFormatException;

/**
 * Stage 1: bytes to text. A byte-order mark decides (UTF-8, UTF-16BE, UTF-16LE); without one, strict UTF-8 is
 * tried and, when it fails, strict GB18030 (a superset of GBK and GB2312). The mark is not part of the text.
 */
public final class Decoder {
  /** GB18030, present in every JDK. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private Decoder() {}

  /**
   * The decoded text.
   *
   * @param text the text, without a byte-order mark
   * @param charset the encoding it was read in
   * @param bom true if the bytes started with a byte-order mark
   */
  public record Decoded(String text, Charset charset, boolean bom) {}

  /**
   * Decodes {@code bytes}.
   *
   * @throws PlanFormatException if the bytes are neither UTF-8 nor GB18030 (or are malformed after a BOM),
   *     naming the line and column reached
   */
  public static Decoded decode(byte[] bytes, String source) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, true);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, source), StandardCharsets.UTF_16BE, true);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, source), StandardCharsets.UTF_16LE, true);
    }
    try {
      return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, false);
    } catch (PlanFormatException notUtf8) {
      try {
        return new Decoded(strict(bytes, 0, GB18030, source), GB18030, false);
      } catch (PlanFormatException notGb) {
        // Bytes that are not ASCII rarely form valid UTF-8 by chance, while GB18030 reads most byte pairs: a text
        // with more valid UTF-8 characters beyond ASCII than malformed sequences is UTF-8 with bad bytes, else
        // GB18030 with bad bytes. The failure of the text's encoding is where the bad bytes are.
        PlanFormatException its = isMostlyUtf8(bytes) ? notUtf8 : notGb;
        throw new PlanFormatException(source, its.line(), its.column(),
            "the text is neither UTF-8 (" + notUtf8.reason() + ") nor GB18030 (" + notGb.reason() + ")");
      }
    }
  }

  /** True if {@code bytes} have more characters beyond ASCII that are valid UTF-8 than malformed sequences. */
  private static boolean isMostlyUtf8(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(1 << 14);
    long evidence = 0;
    while (true) {
      CoderResult r = d.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        if (out.get() > 0x7F) {
          evidence++;
        }
      }
      out.clear();
      if (r.isError()) {
        evidence--;
        in.position(in.position() + r.length());
      } else if (r.isUnderflow()) {
        return evidence > 0;
      }
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The String constructor's UTF-8 decoder (the JDK's fastest, and one copy instead of a buffer of a char per
      // byte and its copy) finds the same malformed sequences as a reporting decoder and replaces each with
      // U+FFFD: without one in the result, strict decoding gives the same text.
      String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) Math.ceil((bytes.length - offset) * (double) d.maxCharsPerByte()) + 16));
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        char c = before.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      int column = before.codePointCount(lineStart, before.length()) + 1;
      throw new PlanFormatException(source, line, column, String.format(java.util.Locale.ROOT,
          "malformed %s at byte %d", charset.name(), in.position()));
    }
    out.flip();
    return out.toString();
  }
}
