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
    } catch (Malformed notUtf8) {
      try {
        return new Decoded(strict(bytes, 0, GB18030, source), GB18030, false);
      } catch (Malformed notGb) {
        // A GB18030 text read as UTF-8 is malformed at nearly every Chinese character, a UTF-8 text read as
        // GB18030 likewise: the encoding with fewer malformed sequences is the text's (on a tie, the one that got
        // further), and its first failure is where the bad bytes are.
        int utf8 = malformedSequences(bytes, StandardCharsets.UTF_8);
        int gb = malformedSequences(bytes, GB18030);
        Malformed its = gb < utf8 || (gb == utf8 && notGb.at > notUtf8.at) ? notGb : notUtf8;
        throw new PlanFormatException(source, its.line(), its.column(),
            "the text is neither UTF-8 (" + notUtf8.reason() + ") nor GB18030 (" + notGb.reason() + ")");
      }
    }
  }

  /** A strict decoding's failure, with the byte it stopped at. */
  private static final class Malformed extends PlanFormatException {
    private static final long serialVersionUID = 1L;
    private final int at;

    Malformed(String source, int line, int column, int at, String reason) {
      super(source, line, column, reason);
      this.at = at;
    }
  }

  /** How many malformed byte sequences {@code bytes} has in {@code charset}, each skipped to go on. */
  private static int malformedSequences(byte[] bytes, Charset charset) {
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(1 << 14);
    int n = 0;
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        n++;
        in.position(in.position() + r.length());
      } else if (r.isOverflow()) {
        out.clear();
      } else {
        return n;
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
      throw new Malformed(source, line, column, in.position(), String.format(java.util.Locale.ROOT,
          "malformed %s at byte %d", charset.name(), in.position()));
    }
    out.flip();
    return out.toString();
  }
}
