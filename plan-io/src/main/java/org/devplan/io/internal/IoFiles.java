package org.devplan.io.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** UTF-8 readers and writers for the codecs: strict decoding, a leading byte-order mark skipped. */
public final class IoFiles {
  private static final int BUFFER = 1 << 16;

  private IoFiles() {}

  /** A strict UTF-8 reader of {@code in} that skips a leading BOM. */
  public static Reader utf8Reader(InputStream in) {
    return skipBom(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
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
