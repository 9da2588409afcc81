package org.devplan.io.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
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
    try {
      return utf8Reader(Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path, e);
    }
  }

  /** {@code in}, with a leading U+FEFF skipped. */
  public static Reader skipBom(Reader in) {
    try {
      PushbackReader r = new PushbackReader(in instanceof BufferedReader ? in : new BufferedReader(in, BUFFER), 1);
      int first = r.read();
      if (first >= 0 && first != '\uFEFF') {
        r.unread(first);
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
