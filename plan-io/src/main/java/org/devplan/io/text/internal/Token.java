package org.devplan.io.text.internal;

/**
 * Stage 5a output: one token of a clause, a word of the lexicon or a number, with its offsets in the normalised
 * text.
 *
 * @param kind what the lexicon says the token is
 * @param start normalised index where it starts
 * @param end normalised index where it ends (exclusive)
 */
record Token(Kind kind, int start, int end) {
  /** The kinds of token, each read from a table or role of the lexicon (or from digits, for numbers). */
  enum Kind {
    /** Arabic digits, with groups of three and one decimal part (1,250.3). */
    NUMBER,
    /** A run of Chinese numerals (两, 六, 十五). */
    NUMERAL,
    /** 万, 亿, 万亿 after a number or alone before a unit. */
    MAGNITUDE,
    /** 余 or 多 after a number or magnitude. */
    MORE,
    /** A unit after a number, magnitude or 余. */
    UNIT,
    /** A qualifier before a figure (超过, 不低于). */
    QUALIFIER_PREFIX,
    /** A qualifier after a figure (以上, 左右). */
    QUALIFIER_SUFFIX,
    /** A verb of change (增长, 同比下降). */
    CHANGE_VERB,
    /** A verb that introduces a level (达到, 提高到). */
    LEVEL_VERB,
    /** A hedge (力争, 确保). */
    HEDGE,
    /** A list marker: 分别, 均, 等 and the conjunctions (、, 和, 及). */
    LIST_MARKER,
    /** A year with its suffix (2025年). */
    YEAR,
    /** A period: a five-year plan's time (“十四五”时期) or a plan's remaining years (后两年). */
    PERIOD,
    /** A time word (今年), 年均 or 累计. */
    TIME_WORD,
    /** The separator of a range's two ends (5%至6%, 2024—2025年). */
    RANGE_SEPARATOR,
    /** Punctuation. */
    PUNCT,
    /** Anything else, one token per run. */
    TEXT
  }

  /** The token as written in {@code text}. */
  String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
