package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5b: the figures of a clause, read over its tokens ({@link Tokenizer}). A number (a {@link Token.Kind#NUMBER}
 * or {@link Token.Kind#YEAR} token) goes to {@link DigitsFigure}; a position inside a {@link Token.Kind#NUMERAL} or
 * {@link Token.Kind#MAGNITUDE} token to the rules of figures in words, in order: an implied one, a share in words, a
 * count in Chinese numerals. Each rule says where the scan goes on.
 */
final class FigureScanner {
  private final String t;
  private final Tokenizer tokenizer;
  private final FigureRule digits;
  private final List<FigureRule> inWords;

  FigureScanner(ScanText x, Vocabulary v, Subjects subjects) {
    this.t = x.t;
    this.tokenizer = v.tokenizer;
    this.digits = new DigitsFigure(x, v, subjects);
    WordFigures words = new WordFigures(x, v);
    this.inWords = List.of(new ImpliedOne(words), new ShareInWords(words), new CountInWords(words));
  }

  /** The figures of {@code c}, in order. */
  List<Figure> scan(Clause c) {
    List<Token> tokens = tokenizer.tokens(t, c.start(), c.end());
    List<Figure> figs = new ArrayList<>();
    int k = 0;
    int i = c.start();
    while (i < c.end()) {
      while (k < tokens.size() && tokens.get(k).end() <= i) {
        k++;
      }
      if (k == tokens.size()) {
        break; // no token left, so no figure
      }
      Token token = tokens.get(k);
      if (token.start() > i) {
        i = token.start(); // spaces between tokens start no figure
      }
      boolean number = token.start() == i && isNumber(token);
      if (!number && !inWords(token)) {
        i = token.end(); // no figure starts inside a word, text or the rest of a number
        continue;
      }
      int next = number ? digits.read(c, i, figs) : inWords(c, i, figs);
      if (number && !figs.isEmpty()) {
        figs.get(figs.size() - 1).index = figs.size() - 1;
      }
      i = Math.max(next, i + 1);
    }
    return figs;
  }

  private static boolean isNumber(Token token) {
    return token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.YEAR;
  }

  /** True if a figure in words may start in {@code token}: a numeral (六, 两, 一半) or a magnitude (万亿). */
  private static boolean inWords(Token token) {
    return token.kind() == Token.Kind.NUMERAL || token.kind() == Token.Kind.MAGNITUDE;
  }

  private int inWords(Clause c, int i, List<Figure> figs) {
    for (FigureRule rule : inWords) {
      int next = rule.read(c, i, figs);
      if (next != i) {
        return next;
      }
    }
    return i;
  }
}
