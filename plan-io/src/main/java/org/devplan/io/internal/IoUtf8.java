package org.devplan.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.devplan.io.internal.IoFiles.BadBytes;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;

/**
 * UTF-8 bytes for codecs that hand them to Jackson's byte parser, which counts columns in bytes: the refusal of
 * UTF-16 and UTF-32 (which Jackson would decode silently), a strict check of a stream on its way to the parser,
 * and, on the error path only, the place of an error in lines and code-point columns, or the first bad byte before
 * it. Lines end at LF, CR or CRLF, as Jackson counts them; a leading byte-order mark takes no column.
 */
public final class IoUtf8 {
  private IoUtf8() {}

  /**
   * The encoding that the first {@code n} bytes of {@code b} show when it is not UTF-8, or null: a UTF-16 or
   * UTF-32 byte-order mark, or a zero byte among the first two (JSON starts with an ASCII character).
   */
  public static @Nullable String otherEncoding(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    boolean z2 = n > 3 && b[2] == 0 && b[3] == 0;
    if (b0 == 0xFF && b1 == 0xFE) {
      return z2 ? "UTF-32LE" : "UTF-16LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0 && b1 == 0) {
      return "UTF-32BE";
    }
    if (b0 == 0) {
      return "UTF-16BE";
    }
    if (b1 == 0) {
      return z2 ? "UTF-32LE" : "UTF-16LE";
    }
    return null;
  }

  /**
   * Refuses {@code bytes} if its first bytes show UTF-16 or UTF-32.
   *
   * @throws PlanFormatException at 1:1 naming the encoding
   */
  public static void checkEncoding(byte[] bytes, String source) {
    String other = otherEncoding(bytes, bytes.length);
    if (other != null) {
      BadBytes refusal = BadBytes.otherEncoding(other);
      throw new PlanFormatException(source, refusal.line(), refusal.column(), refusal.reason());
    }
  }

  /**
   * {@code e}, raised by a byte parser at a line and byte column of {@code b[from, to)} (scanned from {@code
   * start}), moved to its code-point column; or the first invalid UTF-8 at that place, if any, in its stead.
   */
  private static PlanFormatException relocate(PlanFormatException e, Scanner start, byte[] b, int from, int to,
      boolean end) {
    Scanner s = start.copy();
    long target = -1;
    int line = 0;
    int column = 0;
    for (int i = from; i <= to; i++) {
      if (target < 0 && s.need == 0 && s.line == e.line() && s.pos - s.lineStart == e.column() - 1L) {
        target = s.pos;
        line = s.line;
        column = s.column;
      } else if (target >= 0 && s.need == 0) {
        break; // the code point at the place is whole
      } else if (target < 0 && s.need == 0 && (s.line > e.line() || (s.line == e.line()
          && s.pos - s.lineStart > e.column() - 1L))) {
        return e; // not at a character: the place as the parser gave it
      }
      boolean bad = i < to ? s.scan(b, i, i + 1) >= 0 : end && s.need > 0;
      if (bad) {
        BadBytes at = s.bad();
        return new PlanFormatException(e.source(), at.line(), at.column(), at.reason(), e.getCause());
      }
    }
    return target < 0 ? e : new PlanFormatException(e.source(), line, column, e.reason(), e.getCause());
  }

  /**
   * {@code in} checked on its way to a parser: UTF-16 and UTF-32 are refused at once and invalid UTF-8 when it is
   * reached (after the bytes before it), as a {@link BadBytes} with its place; the last two blocks read are kept
   * so that {@link Checked#relocate} can put an error of the parser at its code-point column.
   */
  public static Checked checked(InputStream in) {
    return new Checked(in);
  }

  /** A checked UTF-8 stream; see {@link #checked}. Not thread-safe. */
  public static final class Checked extends InputStream {
    private final InputStream in;
    private final Scanner scanner = new Scanner();
    private boolean started;
    private @Nullable BadBytes bad;
    private byte[] previous = new byte[0];
    private int previousLength;
    private Scanner previousStart = new Scanner();
    private byte[] current = new byte[0];
    private int currentLength;
    private Scanner currentStart = new Scanner();

    private Checked(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (bad != null) {
        throw bad;
      }
      if (len == 0) {
        return 0;
      }
      int n;
      if (!started) {
        started = true;
        n = in.readNBytes(b, off, Math.min(len, 4));
        String other = otherEncoding(Arrays.copyOfRange(b, off, off + n), n);
        if (other != null) {
          bad = BadBytes.otherEncoding(other);
          throw bad;
        }
        if (n == 0) {
          return -1;
        }
      } else {
        n = in.read(b, off, len);
      }
      if (n < 0) {
        if (scanner.need > 0) {
          bad = scanner.bad();
          throw bad;
        }
        return -1;
      }
      Scanner start = scanner.copy();
      if (scanner.scan(b, off, off + n) >= 0) {
        bad = scanner.bad();
        int good = (int) Math.max(0, scanner.sequenceStart - start.pos);
        if (good == 0) {
          throw bad;
        }
        n = good;
      }
      keep(b, off, n, start);
      return n;
    }

    private void keep(byte[] b, int off, int n, Scanner start) {
      byte[] t = previous;
      previous = current;
      previousLength = currentLength;
      previousStart = currentStart;
      current = t.length < n ? new byte[Math.max(n, 8192)] : t;
      System.arraycopy(b, off, current, 0, n);
      currentLength = n;
      currentStart = start;
    }

    /**
     * {@code e}, raised by the parser reading this stream at a line and byte column, moved to its code-point column
     * when that place is in the last two blocks read; otherwise (and when this stream refused the bytes) {@code e}
     * as it is.
     */
    public PlanFormatException relocate(PlanFormatException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof BadBytes) {
          return e; // placed by this stream, in code points
        }
      }
      byte[] window = Arrays.copyOf(previous, previousLength + currentLength);
      System.arraycopy(current, 0, window, previousLength, currentLength);
      return IoUtf8.relocate(e, previousStart, window, 0, window.length, false);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Strict UTF-8 decoding without the characters: where each byte is (line, code-point column, start of its line),
   * and the first malformed sequence, named by its maximal valid prefix (Unicode's "maximal subpart").
   */
  private static final class Scanner {
    int line = 1;
    int column = 1;
    long lineStart;
    long pos;
    boolean afterCr;
    int need;
    int lo = 0x80;
    int hi = 0xBF;
    final int[] sequence = new int[4];
    int length;
    long sequenceStart;
    int sequenceLine;
    int sequenceColumn;

    Scanner copy() {
      Scanner c = new Scanner();
      c.line = line;
      c.column = column;
      c.lineStart = lineStart;
      c.pos = pos;
      c.afterCr = afterCr;
      c.need = need;
      c.lo = lo;
      c.hi = hi;
      System.arraycopy(sequence, 0, c.sequence, 0, 4);
      c.length = length;
      c.sequenceStart = sequenceStart;
      c.sequenceLine = sequenceLine;
      c.sequenceColumn = sequenceColumn;
      return c;
    }

    /** Scans {@code b[from, to)}; the index of the byte that shows a malformed sequence (scanning stops), or -1. */
    int scan(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (need == 0 && b[i] > '\r') { // a run of printable ASCII: one column a byte, nothing else to track
          int run = i;
          while (run < to && b[run] > '\r') {
            run++;
          }
          column += run - i;
          pos += run - i;
          afterCr = false;
          i = run;
          if (i == to) {
            break;
          }
        }
        int x = b[i] & 0xFF;
        if (need == 0) {
          sequenceStart = pos;
          sequenceLine = line;
          sequenceColumn = column;
          length = 0;
          if (x < 0x80) {
            ascii(x);
          } else if (!lead(x)) {
            sequence[length++] = x;
            return i;
          } else {
            sequence[length++] = x;
          }
        } else if (x < lo || x > hi) {
          return i;
        } else {
          sequence[length++] = x;
          lo = 0x80;
          hi = 0xBF;
          if (--need == 0) {
            if (sequenceStart == 0 && x == 0xBF && sequence[0] == 0xEF && sequence[1] == 0xBB) {
              lineStart = 3; // a byte-order mark: no column, and the first line starts after it
            } else {
              column++;
            }
            afterCr = false;
          }
        }
        pos++;
      }
      return -1;
    }

    private void ascii(int x) {
      if (x == '\n') {
        if (!afterCr) {
          line++;
        }
        column = 1;
        lineStart = pos + 1;
        afterCr = false;
      } else if (x == '\r') {
        line++;
        column = 1;
        lineStart = pos + 1;
        afterCr = true;
      } else {
        column++;
        afterCr = false;
      }
    }

    /** Starts a sequence at lead byte {@code x}: false if no sequence starts so. */
    private boolean lead(int x) {
      if (x >= 0xC2 && x <= 0xDF) {
        need = 1;
      } else if (x >= 0xE0 && x <= 0xEF) {
        need = 2;
        lo = x == 0xE0 ? 0xA0 : 0x80; // no overlong form
        hi = x == 0xED ? 0x9F : 0xBF; // no surrogate
      } else if (x >= 0xF0 && x <= 0xF4) {
        need = 3;
        lo = x == 0xF0 ? 0x90 : 0x80; // no overlong form
        hi = x == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
      } else {
        return false;
      }
      return true;
    }

    /** The malformed sequence found, at its place. */
    BadBytes bad() {
      StringBuilder b = new StringBuilder(length == 1 ? "byte" : "bytes");
      for (int i = 0; i < length; i++) {
        b.append(String.format(Locale.ROOT, " 0x%02X", sequence[i]));
      }
      return BadBytes.at(sequenceLine, sequenceColumn, b.toString());
    }
  }
}
