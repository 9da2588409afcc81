package org.devplan.io.internal;

import java.util.Locale;
import java.util.function.Supplier;
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

  /** True if {@code c} are these limits (a parser of devplan's own mapper). */
  public static boolean isDevplans(StreamReadConstraints c) {
    return c.getMaxNestingDepth() == MAX_NESTING_DEPTH && c.getMaxStringLength() == MAX_STRING_LENGTH
        && c.getMaxNumberLength() == MAX_NUMBER_LENGTH && c.getMaxNameLength() == MAX_NAME_LENGTH;
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
   * {@code text}, if it is within the limit and is Unicode text (no lone surrogate, which UTF-8 cannot carry and
   * which an encoder would silently turn into {@code ?}); {@code field} names where it is written.
   *
   * @throws IllegalArgumentException with {@link #tooLong}, or naming {@code field} and the lone surrogate
   */
  public static String checkText(String text, Supplier<String> field) {
    if (text.length() > MAX_STRING_LENGTH) {
      throw new IllegalArgumentException(tooLong());
    }
    int at = loneSurrogate(text);
    if (at >= 0) {
      throw new IllegalArgumentException(field.get() + ": " + loneSurrogate(text, at));
    }
    return text;
  }

  /** The index of the first lone surrogate of {@code text}, or -1. */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The reason for the lone surrogate at index {@code at} of {@code text}. */
  public static String loneSurrogate(String text, int at) {
    return String.format(Locale.ROOT, "a lone surrogate U+%04X at character %d (not Unicode text: UTF-8 cannot "
        + "carry it)", (int) text.charAt(at), text.codePointCount(0, at) + 1);
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
