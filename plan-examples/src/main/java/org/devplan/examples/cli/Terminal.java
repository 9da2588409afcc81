package org.devplan.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What the tool prints for a person: control characters in values (ESC, BEL, CR, a newline inside a file name or a
 * title …) are shown as escapes ({@code \e}, {@code \u0007}, {@code \n}), so that a plan cannot move the cursor,
 * recolour or retitle the terminal, or forge a line of output.
 */
final class Terminal {
  private Terminal() {}

  /** {@code s} with every control character (C0, DEL, C1, line and paragraph separators) escaped. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = escape(c);
      if (e != null && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        b.append(e != null ? e : String.valueOf(c));
      }
    }
    return b == null ? s : b.toString();
  }

  private static String escape(char c) {
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c == '\t') {
      return "\\t";
    }
    if (c == 0x1B) {
      return "\\e";
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
      return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
    return null;
  }

  /** A writer for human-readable text: its lines pass, control characters within them are escaped. */
  static Writer lines(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        String e = c == '\n' ? null : escape((char) c);
        if (e == null) {
          out.write(c);
        } else {
          out.write(e);
        }
      }

      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(buf[i]);
        }
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(str.charAt(i));
        }
      }
    };
  }
}
