package org.devplan.model;

/** The one rule of plan ids and indicator codes, as a linear scan: letters, digits, {@code .}, {@code _}, {@code -}. */
final class Identifiers {
  private Identifiers() {}

  /** True if {@code s} is not empty and every code point is a letter, a number or one of {@code . _ -}. */
  static boolean isIdentifier(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; ) {
      int c = s.codePointAt(i);
      if (!(c == '.' || c == '_' || c == '-' || Character.isLetter(c) || isNumber(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** {@code \p{N}}: decimal digits, letter numbers and other numbers. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
