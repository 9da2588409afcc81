package org.devplan.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input that is not a well-formed plan, quantity or bound: the one exception type for bad input across devplan.
 * Its message starts with where the problem is ({@code source:line:column: }) and then says what was wrong.
 * Lines and columns are 1-based; columns count code points.
 *
 * <pre>{@code
 * try {
 *   Bound.parse("5以上x");
 * } catch (PlanFormatException e) {
 *   e.getMessage();   // "<text>:1:4: unexpected 'x' in \"5以上x\""
 *   e.column();       // 4
 * }
 * }</pre>
 *
 * @since 0.1
 */
public class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param source the file or input name ({@code <text>} for a string)
   * @param line 1-based line, or 0 if unknown
   * @param column 1-based code-point column, or 0 if unknown
   * @param reason what was wrong
   * @param cause the underlying error, or {@code null}
   */
  public PlanFormatException(String source, int line, int column, String reason, @Nullable Throwable cause) {
    super(location(source, line, column) + ": " + reason, cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** Like {@link #PlanFormatException(String, int, int, String, Throwable)} without a cause. */
  public PlanFormatException(String source, int line, int column, String reason) {
    this(source, line, column, reason, null);
  }

  private static String location(String source, int line, int column) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.toString();
  }

  /** The file or input name, {@code <text>} for a string. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based code-point column, or 0 if unknown. */
  public int column() {
    return column;
  }

  /** What was wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** The position, if known. */
  public Optional<Position> position() {
    return line > 0 && column > 0 ? Optional.of(Position.of(line, column)) : Optional.empty();
  }
}
