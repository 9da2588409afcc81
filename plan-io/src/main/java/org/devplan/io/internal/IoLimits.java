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

  /** The reason for a text over the limit (readers stop counting at the limit, so no length is given). */
  public static String tooLong() {
    return "a text longer than the limit of " + MAX_STRING_LENGTH + " characters";
  }

  /** The reason for a number over the limit. */
  public static String numberTooLong() {
    return "a number longer than the limit of " + MAX_NUMBER_LENGTH + " characters";
  }

  /** The reason for a property name over the limit. */
  public static String nameTooLong() {
    return "a property name longer than the limit of " + MAX_NAME_LENGTH + " characters";
  }

  /**
   * {@code text}, if it is within the limit.
   *
   * @throws IllegalArgumentException with {@link #tooLong} otherwise
   */
  public static String checkText(String text) {
    if (text.length() > MAX_STRING_LENGTH) {
      throw new IllegalArgumentException(tooLong());
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
      throw new IllegalArgumentException(numberTooLong());
    }
    return number;
  }

  /** A Jackson constraint error (reading or writing) in the words of this class. */
  public static String reason(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Document nesting depth")) {
      return tooDeep();
    }
    if (m.startsWith("String value length")) {
      return tooLong();
    }
    if (m.startsWith("Number value length")) {
      return numberTooLong();
    }
    if (m.startsWith("Name length")) {
      return nameTooLong();
    }
    return "the input exceeds a size limit";
  }
}
