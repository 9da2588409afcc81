package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SourceTextProperties {
  /**
   * Texts of the chars normalising drops, folds or keeps: CR, LF, zero-width, spaces, full-width, traditional, CJK,
   * digits.
   */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("\r\n\u200B\uFEFF\u3000 ５５％%增長萬a").ofMaxLength(24);
  }

  /**
   * Every normalised index maps to the decoded index of the char it came from (the end to the end), as a map of
   * one entry a char would say: the decoded text's chars up to it, less those normalising drops (a CR before an
   * LF, zero-width chars, a single space between a number and a Chinese word), are as many as the normalised chars
   * before it.
   */
  @Property(tries = 500)
  void mapsEveryIndexToWhereItsCharWasDecoded(@ForAll("texts") String original) {
    SourceText src = SourceText.of(original);
    List<Integer> dense = new ArrayList<>();
    char kept = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      boolean crOfCrlf = c == '\r' && i + 1 < original.length() && original.charAt(i + 1) == '\n';
      char next = i + 1 < original.length() ? plain(original.charAt(i + 1)) : 0;
      boolean joining = plain(c) == ' ' && (((isDigit(kept) || kept == '%') && (isHan(next) || next == '%'))
          || (isHan(kept) && isDigit(next)));
      if (!crOfCrlf && c != '\u200B' && c != '\uFEFF' && !joining) {
        dense.add(i);
        kept = plain(c);
      }
    }
    dense.add(original.length());
    List<Integer> sparse = new ArrayList<>();
    for (int i = 0; i <= src.text().length(); i++) {
      sparse.add(src.originalIndex(i));
    }
    assertThat(sparse).isEqualTo(dense);
  }

  /** A position found for a decoded index leads back to it, with or without a character beyond the BMP before it. */
  @Property(tries = 300)
  void findsTheIndexOfEveryPosition(@ForAll("texts") String text, @ForAll boolean supplementary) {
    String original = supplementary ? "𠀀" + text + "𠀁" + text : text;
    SourceText src = SourceText.of(original);
    List<Integer> back = new ArrayList<>();
    List<Integer> chars = new ArrayList<>();
    for (int o = 0; o < original.length(); o++) {
      if (!Character.isLowSurrogate(original.charAt(o))) {
        chars.add(o);
        back.add(src.originalOffset(src.originalPosition(o)));
      }
    }
    assertThat(back).isEqualTo(chars);
  }

  /** The char as normalising reads it, for the chars of {@link #texts()}. */
  private static char plain(char c) {
    return switch (c) {
      case '\u3000' -> ' ';
      case '５' -> '5';
      case '％' -> '%';
      default -> c;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHan(char c) {
    return c == '增' || c == '長' || c == '萬';
  }
}
