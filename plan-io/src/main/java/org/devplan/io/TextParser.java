package org.devplan.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devplan.model.PlanFormatException;

/**
 * Reads a value of type {@code T} from a file, a stream of bytes, a reader of characters or a text, with the same
 * verbs for every format of devplan ({@link org.devplan.io.text.PlanText#parser()},
 * {@link org.devplan.io.json.PlanJson#codec()}, {@link org.devplan.io.csv.PlanCsv#tidy()} …). Implementations
 * are immutable and thread-safe: build one from its options, keep it, use it from any thread.
 *
 * <p>One operation is abstract, {@link #parseReader(Reader)}; the others have defaults over it, which a format
 * overrides where it reads bytes itself (the text importer detects the encoding, JSON decodes UTF-8 in its byte
 * parser) or names a file in its errors. A text is never taken for a path: {@link #parseChars} reads the
 * characters it is given, {@link #parseFile} the file at the path.
 *
 * <pre>{@code
 * TextParser<Plan> parser = PlanText.parser();
 * Plan a = parser.parseFile(Path.of("seeds/zibo-2026-plan.txt"));          // a path is a path
 * Plan b = parser.parseChars("某市2026年国民经济和社会发展计划\n一、主要目标\n新增城镇就业6.2万人。");
 * b.region().name();                                                          // 某市
 * }</pre>
 *
 * @param <T> what is read
 * @since 0.1
 */
public interface TextParser<T> {
  /**
   * The value in the file {@code path}; errors name the file.
   *
   * <p>The default opens the file and reads it with {@link #parseStream(InputStream)}.
   *
   * @throws PlanFormatException if the content is not a valid {@code T} (with line and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  default T parseFile(Path path) {
    requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return parseStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * The value in the bytes of {@code in}, read to its end and not closed.
   *
   * <p>The default decodes strict UTF-8 and reads the characters with {@link #parseReader(Reader)}.
   *
   * @throws PlanFormatException if the content is not a valid {@code T} (with line and column)
   * @throws UncheckedIOException if the stream fails
   */
  default T parseStream(InputStream in) {
    requireNonNull(in, "in");
    return parseReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * The value in the characters of {@code reader}, read to its end and not closed.
   *
   * @throws PlanFormatException if the content is not a valid {@code T} (with line and column)
   * @throws UncheckedIOException if the reader fails
   */
  T parseReader(Reader reader);

  /**
   * The value in the text {@code chars} itself (never the name of a file).
   *
   * <p>The default reads the characters with {@link #parseReader(Reader)}.
   *
   * @throws PlanFormatException if the text is not a valid {@code T} (with line and column)
   */
  default T parseChars(CharSequence chars) {
    requireNonNull(chars, "chars");
    return parseReader(new StringReader(chars.toString()));
  }
}
