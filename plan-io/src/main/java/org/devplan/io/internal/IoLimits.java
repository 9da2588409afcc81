package org.devplan.io.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The one set of size limits of devplan's JSON and CSV, for writers and readers alike: a writer refuses what its
 * reader would refuse, with the same words, so that nothing is written that cannot be read back. Jackson's own
 * constraint errors are put in these words too (no {@code StreamReadConstraints} advice reaches a user).
 */
public final class IoLimits {
  /** Deepest nesting of JSON arrays and objects (a chapter level takes two). */
  public static final int MAX_NESTING_DEPTH = 200;

  /** Longest string (JSON) or cell (CSV), in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 2_100;

  /** Longest JSON property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private IoLimits() {}

  /** The reading side of the limits. */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH).maxNameLength(MAX_NAME_LENGTH).build();
  }

  /** The writing side of the limits (Jackson checks the depth; {@link #checkText} the rest). */
  public static StreamWriteConstraints writeConstraints() {
    return StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();
  }

  /** The reason for nesting deeper than the limit. */
  public static String tooDeep() {
    return "nested deeper than " + MAX_NESTING_DEPTH + " arrays and objects, the limit (a chapter level takes two)";
  }

  /** The reason for a text of {@code length} characters, over the limit. */
  public static String tooLong(long length) {
    return "a text of " + length + " characters, longer than the limit of " + MAX_STRING_LENGTH;
  }

  /** The reason for a number of {@code length} characters, over the limit. */
  public static String numberTooLong(long length) {
    return "a number of " + length + " characters, longer than the limit of " + MAX_NUMBER_LENGTH;
  }

  /** The reason for a property name of {@code length} characters, over the limit. */
  public static String nameTooLong(long length) {
    return "a property name of " + length + " characters, longer than the limit of " + MAX_NAME_LENGTH;
  }

  /**
   * {@code text}, if it is within the limit.
   *
   * @throws IllegalArgumentException with {@link #tooLong} otherwise
   */
  public static String checkText(String text) {
    if (text.length() > MAX_STRING_LENGTH) {
      throw new IllegalArgumentException(tooLong(text.length()));
    }
    return text;
  }

  /**
   * {@code number} as written, if it is within the limit.
   *
   * @throws IllegalArgumentException with {@link #numberTooLong} otherwise
   */
  public static String checkNumber(String number) {
    if (number.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(numberTooLong(number.length()));
    }
    return number;
  }

  /** A Jackson constraint error (reading or writing) in the words of this class. */
  public static String reason(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    long found = firstNumber(m);
    if (m.startsWith("Document nesting depth")) {
      return tooDeep();
    }
    if (m.startsWith("String value length")) {
      return tooLong(found);
    }
    if (m.startsWith("Number value length")) {
      return numberTooLong(found);
    }
    if (m.startsWith("Name length")) {
      return nameTooLong(found);
    }
    return "the input exceeds a size limit";
  }

  /** The number in the first parentheses of Jackson's message ({@code String value length (14) exceeds …}). */
  private static long firstNumber(String m) {
    int open = m.indexOf('(');
    long n = 0;
    for (int i = open + 1; open >= 0 && i < m.length() && Character.isDigit(m.charAt(i)); i++) {
      n = n * 10 + (m.charAt(i) - '0');
    }
    return n;
  }
}
