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
  /** Texts of the chars normalising drops, folds or keeps: CR, LF, zero-width, full-width, traditional, CJK. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("\r\n\u200B\uFEFF\u3000５％增長萬a").ofMaxLength(24);
  }

  /**
   * Every normalised index maps to the decoded index of the char it came from (the end to the end), as a map of
   * one entry a char would say: the decoded text's chars up to it, less those normalising drops (a CR before an
   * LF, zero-width chars), are as many as the normalised chars before it.
   */
  @Property(tries = 500)
  void mapsEveryIndexToWhereItsCharWasDecoded(@ForAll("texts") String original) {
    SourceText src = SourceText.of(original);
    List<Integer> dense = new ArrayList<>();
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      boolean crOfCrlf = c == '\r' && i + 1 < original.length() && original.charAt(i + 1) == '\n';
      if (!crOfCrlf && c != '\u200B' && c != '\uFEFF') {
        dense.add(i);
      }
    }
    dense.add(original.length());
    List<Integer> sparse = new ArrayList<>();
    for (int i = 0; i <= src.text().length(); i++) {
      sparse.add(src.originalIndex(i));
    }
    assertThat(sparse).isEqualTo(dense);
  }
}
