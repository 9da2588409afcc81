package org.devplan.io.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.FilterReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** UTF-8 readers and writers for the codecs: strict decoding, a leading byte-order mark skipped. */
public final class IoFiles {
  private static final int BUFFER = 1 << 16;

  private IoFiles() {}

  /**
   * A strict UTF-8 reader of {@code in} that skips a leading BOM. A malformed byte sequence is reported as a
   * {@link BadBytes} with its line and column, after every character before it has been read.
   */
  public static Reader utf8Reader(InputStream in) {
    return skipBom(new Utf8Reader(in));
  }

  /**
   * Invalid UTF-8 at a line and column (in code points, both from 1) of the decoded text. Jackson hands it on as
   * the cause of its error, so that the codecs can report the place.
   */
  public static final class BadBytes extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String reason;

    private BadBytes(int line, int column, String reason) {
      this.line = line;
      this.column = column;
      this.reason = reason;
    }

    /** Invalid UTF-8 at a place; {@code bytes} names them ({@code byte 0xFF}, {@code bytes 0xE6 0x97}). */
    static BadBytes at(int line, int column, String bytes) {
      return new BadBytes(line, column, "the input is not valid UTF-8 (" + bytes + ")");
    }

    /** The refusal of an input whose first bytes show that it is in {@code encoding}, not UTF-8. */
    static BadBytes otherEncoding(String encoding) {
      return new BadBytes(1, 1, "the input is " + encoding + ", not UTF-8 (save it as UTF-8)");
    }

    /** The line of the first bad byte. */
    public int line() {
      return line;
    }

    /** The column of the first bad byte. */
    public int column() {
      return column;
    }

    /** What is wrong, for a person: {@code the input is not valid UTF-8 (byte 0xFF)}. */
    public String reason() {
      return reason;
    }

    @Override
    public String getMessage() {
      return line + ":" + column + ": " + reason();
    }
  }

  /** Strict UTF-8 decoding that counts lines (LF, CR, CRLF) and columns of what it has decoded. */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean eof;
    private boolean flushed;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;
    private boolean started;
    private @Nullable BadBytes bad;

    Utf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (bad != null) {
        throw bad;
      }
      if (len == 0) {
        return 0;
      }
      while (true) {
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        CoderResult r = decoder.decode(bytes, out, eof);
        int n = out.position() - off;
        count(buf, off, n);
        if (r.isError()) {
          bad = BadBytes.at(line, column, describe(r.length()));
          if (n > 0) {
            return n;
          }
          throw bad;
        }
        if (n > 0) {
          return n;
        }
        if (eof) {
          if (!flushed) {
            flushed = true;
            decoder.flush(out);
            n = out.position() - off;
            if (n > 0) {
              return n;
            }
          }
          return -1;
        }
        fill();
      }
    }

    private void fill() throws IOException {
      bytes.compact();
      int k = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (k < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + k);
      }
      bytes.flip();
    }

    private String describe(int length) {
      StringBuilder b = new StringBuilder(length == 1 ? "byte" : "bytes");
      for (int i = 0; i < length; i++) {
        b.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
      }
      return b.toString();
    }

    private void count(char[] buf, int off, int n) {
      for (int i = off; i < off + n; i++) {
        char c = buf[i];
        if (!started) {
          started = true;
          if (c == '\uFEFF') {
            continue;
          }
        }
        if (c == '\n') {
          if (!afterCr) {
            line++;
          }
          column = 1;
          afterCr = false;
        } else if (c == '\r') {
          line++;
          column = 1;
          afterCr = true;
        } else {
          afterCr = false;
          if (!Character.isLowSurrogate(c)) {
            column++;
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A strict UTF-8 reader of the file {@code path} that skips a leading BOM. */
  public static Reader utf8Reader(Path path) {
    return utf8Reader(input(path));
  }

  /** {@code in} with a leading U+FEFF skipped when first read (decoding errors surface on reading). */
  public static Reader skipBom(Reader in) {
    return in instanceof BomSkipping ? in : new BomSkipping(in);
  }

  private static final class BomSkipping extends FilterReader {
    private boolean started;

    BomSkipping(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n = in.read(buf, off, len);
      if (!started && n > 0) {
        started = true;
        if (buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          n--;
          if (n == 0) {
            return read(buf, off, len);
          }
        }
      }
      return n;
    }
  }

  /** The bytes of the file {@code path}. */
  public static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The bytes of {@code in} to its end; leaves it open. */
  public static byte[] bytes(InputStream in, String sourceName) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
  }

  /** {@code in}, which closing leaves open: the codecs read the caller's streams and readers, the caller closes. */
  public static InputStream unclosed(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /** {@code in}, which closing leaves open. */
  public static Reader unclosed(Reader in) {
    return new FilterReader(in) {
      @Override
      public void close() {}
    };
  }

  /** {@code out}, which closing flushes and leaves open: the caller closes its own streams. */
  public static OutputStream unclosed(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** {@code out}, which closing flushes and leaves open. */
  public static Writer unclosed(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** The file {@code path} opened for reading (the JSON codec decodes the bytes itself). */
  public static InputStream input(Path path) {
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path, e);
    }
  }

  /** The file {@code path} created or replaced for writing, buffered (the JSON codec encodes itself). */
  public static OutputStream output(Path path) {
    try {
      return new BufferedOutputStream(Files.newOutputStream(path), BUFFER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** A buffered UTF-8 writer of {@code out}. */
  public static Writer utf8Writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }

  /** A buffered UTF-8 writer creating or replacing the file {@code path}. */
  public static Writer utf8Writer(Path path) {
    try {
      return utf8Writer(Files.newOutputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** The name errors use for {@code path}. */
  public static String name(Path path) {
    return path.toString();
  }
}
