package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;

/**
 * A place in a decoded document: 1-based line and 1-based column counted in code points. Immutable.
 *
 * <pre>{@code
 * Position p = Position.of(12, 48);
 * p.toString();   // "12:48"
 * }</pre>
 *
 * @param line 1-based line
 * @param column 1-based code-point column
 * @since 0.1
 */
public record Position(int line, int column) implements Comparable<Position> {
  private static final Comparator<Position> ORDER =
      Comparator.comparingInt(Position::line).thenComparingInt(Position::column);

  /**
   * @throws IllegalArgumentException if line or column is below 1
   */
  public Position {
    checkArgument(line >= 1, "position: line %s must be at least 1", line);
    checkArgument(column >= 1, "position: column %s must be at least 1", column);
  }

  /** The position at {@code line:column}. */
  public static Position of(int line, int column) {
    return new Position(line, column);
  }

  /**
   * Parses {@code "line:column"}.
   *
   * @throws PlanFormatException if the text is not two positive integers separated by a colon
   */
  public static Position parse(String text) {
    int colon = text.indexOf(':');
    try {
      if (colon > 0) {
        return of(Integer.parseInt(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new PlanFormatException("<text>", 1, 1, "expected a position line:column, found \"" + text + "\"");
  }

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
