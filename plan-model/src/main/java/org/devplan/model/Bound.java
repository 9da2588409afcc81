package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a plan says a figure is: an exact number, a bound (以上, 以内, 左右, 超过, 不到), a range (4.5%至5%), words
 * (止跌回稳, 完成省下达目标) or nothing ({@code —}). Every bound keeps its original wording in {@link #text()}, and
 * {@link #parse(String)} of that wording gives the bound back, so formatting returns what was written.
 *
 * <p>A sealed family of immutable values: {@link Single} (with its {@link Kind}: exact, at least, at most,
 * about, greater than, less than), and the records {@link Range}, {@link Qualitative} and {@link Absent}. Numbers are signed: a
 * decline written with 下降/降低/减少 is negative, and a qualifier on a negative number bounds the size of the
 * decline ({@code 下降5%以上} is {@code AT_LEAST -5}: a fall of 5% or more).
 *
 * <pre>{@code
 * Bound b = Bound.parse("5以上");
 * b.kind();                        // AT_LEAST
 * b.number();                      // Optional[5]
 * Bound.parse("5.5%左右").unit();   // Optional[%]
 * Bound.parse("4.5%至5%");          // Range[low=4.5, high=5, unit=Optional[%], text=4.5%至5%]
 * Bound.parse("止跌回稳").kind();    // QUALITATIVE
 * Bound.parse("—").kind();         // ABSENT
 * Bound.atLeast(new BigDecimal("2")).text();   // "2以上"
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Bound permits Bound.Single, Bound.Range, Bound.Qualitative, Bound.Absent {

  /** The kind of a bound, named after the wording that introduces it. */
  enum Kind {
    /** A plain figure: {@code 5088.9}, {@code 达到3%}, {@code 为45.7%}. */
    EXACT,
    /** {@code 以上}, {@code 不低于}, {@code 不少于}, {@code ≥}. */
    AT_LEAST,
    /** {@code 以内}, {@code 以下}, {@code 不超过}, {@code 控制在}, {@code ≤}. */
    AT_MOST,
    /** {@code 左右}, {@code 约}, {@code 近}, {@code 接近}. */
    ABOUT,
    /** {@code 超过}, {@code 突破}, {@code 超}, {@code 余}, {@code >}. */
    GREATER_THAN,
    /** {@code 低于}, {@code 不到}, {@code <}. */
    LESS_THAN,
    /** {@code 4.5%至5%}, {@code 6%-6.5%}, {@code 5～5.5}. */
    RANGE,
    /** Words only: {@code 止跌回稳}, {@code 与经济增长同步}, {@code 完成省下达目标}. */
    QUALITATIVE,
    /** No figure: {@code —}, not applicable, to be decided. */
    ABSENT;

    /** True for the kinds of a {@link Single} bound. */
    public boolean isSingle() {
      return switch (this) {
        case EXACT, AT_LEAST, AT_MOST, ABOUT, GREATER_THAN, LESS_THAN -> true;
        case RANGE, QUALITATIVE, ABSENT -> false;
      };
    }
  }

  /** Why a bound has no figure. */
  enum AbsentReason {
    /** A dash ({@code —}) or nothing was printed. */
    NOT_PRINTED,
    /** The figure does not apply ({@code 不适用}). */
    NOT_APPLICABLE,
    /** The figure is yet to be decided ({@code 待定}). */
    TO_BE_DECIDED
  }

  /** The kind of bound. */
  Kind kind();

  /** The original wording; {@link #parse(String)} of it returns this bound. */
  String text();

  /** The unit written with the figure, if any ({@code %} in {@code 5.5%左右}); else the context's unit applies. */
  Optional<Unit> unit();

  /** The figure of a {@link Single} bound; empty for the other kinds. */
  default Optional<BigDecimal> number() {
    return Optional.empty();
  }

  /** The lower end: the figure of an exact, at-least, about or greater-than bound, or a range's low end. */
  default Optional<BigDecimal> lower() {
    return Optional.empty();
  }

  /** The upper end: the figure of an exact, at-most, about or less-than bound, or a range's high end. */
  default Optional<BigDecimal> upper() {
    return Optional.empty();
  }

  /** True if the bound has at least one figure (single or range). */
  default boolean isNumeric() {
    return kind().isSingle() || kind() == Kind.RANGE;
  }

  /**
   * Parses the wording of a figure. The grammar, over code points after full-width forms are folded:
   * <pre>
   * bound   := absent | qualitative | [change] [prefix] figure [suffix] | [change] figure sep figure [suffix]
   * absent  := dashes (— - － /) | 不适用 | 无 | 待定 | 另行确定
   * change  := [同比 | 比上年] (增长 | 增加 | 提高 | 提升 | 上升 | 下降 | 降低 | 减少 | 回落 | 下滑)
   * prefix  := 不低于 | 不少于 | 至少 | ≥ | 不超过 | 不高于 | 控制在 | ≤ | 约 | 近 | 接近 | 超过 | 突破 | 超 | 高于 | &gt;
   *          | 低于 | 不到 | 少于 | &lt; | 保持在 | 稳定在 | 达到 | 达 | 为
   * figure  := number [万亿 | 亿 | 万] [余] [unit]
   * sep     := 至 | 到 | — | – | - | － | ～ | ~
   * suffix  := 以上 | 及以上 | 以下 | 以内 | 之内 | 左右
   * </pre>
   * and the whole may be wrapped in 〔〕 or [] (five-year cumulative marks), kept in the text. Text with no digit
   * that does not read as a Chinese-numeral figure is {@link Qualitative}.
   *
   * @throws PlanFormatException if the text is blank, or has digits but does not follow the grammar; the
   *     message names the text and the column
   */
  static Bound parse(String text) {
    return parse(text, Lexicon.standard());
  }

  /**
   * Parses the wording of a figure with the words of {@code lexicon}; otherwise as {@link #parse(String)}.
   *
   * @throws PlanFormatException if the text is blank, or has digits but does not follow the grammar
   */
  static Bound parse(String text, Lexicon lexicon) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lexicon, "lexicon");
    return lexicon.grammar().parseBound(text);
  }

  /** An exact figure without a unit, written as its plain decimal. */
  static Bound exact(BigDecimal value) {
    return Single.of(Kind.EXACT, value, Optional.empty());
  }

  /** An exact figure in {@code unit}, written {@code value + symbol}. */
  static Bound exact(BigDecimal value, Unit unit) {
    return Single.of(Kind.EXACT, value, Optional.of(unit));
  }

  /** At least {@code value}, written {@code value以上}. */
  static Bound atLeast(BigDecimal value) {
    return Single.of(Kind.AT_LEAST, value, Optional.empty());
  }

  /** At most {@code value}, written {@code value以内}. */
  static Bound atMost(BigDecimal value) {
    return Single.of(Kind.AT_MOST, value, Optional.empty());
  }

  /** About {@code value}, written {@code value左右}. */
  static Bound about(BigDecimal value) {
    return Single.of(Kind.ABOUT, value, Optional.empty());
  }

  /** Greater than {@code value}, written {@code >value}. */
  static Bound greaterThan(BigDecimal value) {
    return Single.of(Kind.GREATER_THAN, value, Optional.empty());
  }

  /** Less than {@code value}, written {@code <value}. */
  static Bound lessThan(BigDecimal value) {
    return Single.of(Kind.LESS_THAN, value, Optional.empty());
  }

  /**
   * The range {@code low} to {@code high}, written {@code low至high}.
   *
   * @throws IllegalArgumentException if low exceeds high
   */
  static Bound range(BigDecimal low, BigDecimal high) {
    return new Range(low, high, Optional.empty(), low.toPlainString() + "至" + high.toPlainString());
  }

  /**
   * Words that state a target without a figure (止跌回稳).
   *
   * @throws IllegalArgumentException if the words are blank or would read as a figure
   */
  static Bound qualitative(String words) {
    Bound b = parse(words);
    checkArgument(b instanceof Qualitative, "bound \"%s\": words read as a %s, not as qualitative", words, b.kind());
    return b;
  }

  /** No figure, printed as {@code —}. */
  static Bound absent() {
    return new Absent(AbsentReason.NOT_PRINTED, "—");
  }

  /**
   * One figure with its kind: exact, at least, at most, about, greater than or less than; its wording as written.
   *
   * <p>Written by hand rather than as a record: most figures are written the way {@link Bound#exact} and its
   * siblings render them ({@code 5.6}, {@code 5%以上}, {@code >3}: the number, the unit's symbol, the kind's
   * word), and such a bound keeps no copy of its wording; {@link #text()} renders it. Its figure is held as an
   * unscaled {@code int} and a scale (a {@code BigDecimal} only when the unscaled value does not fit an int), and
   * {@link #value()} makes the {@code BigDecimal}; its kind is a one-byte code (32 bytes in all). The accessors,
   * constructor, equality and {@code toString} are those of the record it was.
   */
  final class Single implements Bound {
    /** The kind's code: {@link #code(Kind)}. */
    private final byte kind;
    /** The figure's unscaled value, when it fits an int ({@link #big} is null then). */
    private final int unscaled;
    /** The figure's scale: {@link Numerals#checkNumber} keeps it within ±{@value Numerals#MAX_DIGITS}. */
    private final short scale;
    /** The figure, when its unscaled value does not fit an int; else null. */
    private final @Nullable BigDecimal big;
    private final Optional<Unit> unit;
    /** The wording when it is not {@link #rendering}'s; null when it is. */
    private final @Nullable String text;

    /**
     * The bound {@code value} of kind {@code kind}, in {@code unit} if any, written {@code text}.
     *
     * @param kind one of the {@linkplain Kind#isSingle() single} kinds
     * @param value the signed figure, at the scale written
     * @param unit the unit written with it, if any
     * @param text the original wording
     * @throws IllegalArgumentException if the kind is not single, the text is blank or the number is too large
     */
    public Single(Kind kind, BigDecimal value, Optional<Unit> unit, String text) {
      checkArgument(kind.isSingle(), "bound \"%s\": kind %s is not a single-figure kind", text, kind);
      checkArgument(!text.isBlank(), "bound %s %s: text must not be blank", kind, value);
      Numerals.checkNumber("bound \"" + text + "\"", value);
      this.kind = code(kind);
      BigInteger u = value.unscaledValue();
      boolean fits = u.bitLength() < Integer.SIZE;
      unscaled = fits ? u.intValue() : 0;
      scale = (short) value.scale();
      big = fits ? null : value;
      this.unit = Unit.shared(unit);
      this.text = text.equals(rendering(kind, value, this.unit)) ? null : text;
    }

    private static byte code(Kind kind) {
      return switch (kind) {
        case EXACT -> 0;
        case AT_LEAST -> 1;
        case AT_MOST -> 2;
        case ABOUT -> 3;
        case GREATER_THAN -> 4;
        case LESS_THAN -> 5;
        case RANGE, QUALITATIVE, ABSENT -> throw new IllegalArgumentException("not a single-figure kind: " + kind);
      };
    }

    static Single of(Kind kind, BigDecimal value, Optional<Unit> unit) {
      return new Single(kind, value, unit, rendering(kind, value, unit));
    }

    /** The wording of {@code value} of {@code kind} in {@code unit}: {@code 5%以上}, {@code >3}, {@code 5.6}. */
    private static String rendering(Kind kind, BigDecimal value, Optional<Unit> unit) {
      String n = unit.isPresent() ? value.toPlainString() + unit.get().symbol() : value.toPlainString();
      return switch (kind) {
        case AT_LEAST -> n + "以上";
        case AT_MOST -> n + "以内";
        case ABOUT -> n + "左右";
        case GREATER_THAN -> ">" + n;
        case LESS_THAN -> "<" + n;
        default -> n;
      };
    }

    @Override
    public Kind kind() {
      return switch (kind) {
        case 0 -> Kind.EXACT;
        case 1 -> Kind.AT_LEAST;
        case 2 -> Kind.AT_MOST;
        case 3 -> Kind.ABOUT;
        case 4 -> Kind.GREATER_THAN;
        default -> Kind.LESS_THAN;
      };
    }

    /** The signed figure, at the scale written. */
    public BigDecimal value() {
      return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    @Override
    public Optional<Unit> unit() {
      return unit;
    }

    @Override
    public String text() {
      return text != null ? text : rendering(kind(), value(), unit);
    }

    @Override
    public Optional<BigDecimal> number() {
      return Optional.of(value());
    }

    @Override
    public Optional<BigDecimal> lower() {
      Kind k = kind();
      return k == Kind.AT_MOST || k == Kind.LESS_THAN ? Optional.empty() : Optional.of(value());
    }

    @Override
    public Optional<BigDecimal> upper() {
      Kind k = kind();
      return k == Kind.AT_LEAST || k == Kind.GREATER_THAN ? Optional.empty() : Optional.of(value());
    }

    /** Equal when kind, value (scale included), unit and wording are. */
    @Override
    public boolean equals(@Nullable Object another) {
      return this == another || (another instanceof Single s && kind == s.kind && unscaled == s.unscaled
          && scale == s.scale && Objects.equals(big, s.big) && unit.equals(s.unit) && Objects.equals(text, s.text));
    }

    /** From kind, value and unit: equal bounds have them equal, whatever their wording. */
    @Override
    public int hashCode() {
      int h = kind;
      h = 31 * h + unscaled;
      h = 31 * h + scale;
      h = 31 * h + Objects.hashCode(big);
      return 31 * h + unit.hashCode();
    }

    @Override
    public String toString() {
      return "Single[kind=" + kind() + ", value=" + value() + ", unit=" + unit + ", text=" + text() + "]";
    }
  }

  /**
   * A range of figures, {@code low} to {@code high} inclusive.
   *
   * @param low the lower end
   * @param high the upper end, not below {@code low}
   * @param unit the unit written with the figures, if any
   * @param text the original wording
   */
  record Range(BigDecimal low, BigDecimal high, Optional<Unit> unit, String text) implements Bound {
    /**
     * @throws IllegalArgumentException if low exceeds high, the text is blank or a number is too large
     */
    public Range {
      checkArgument(low.compareTo(high) <= 0, "bound range \"%s\": low %s exceeds high %s", text,
          low.toPlainString(), high.toPlainString());
      checkArgument(!text.isBlank(), "bound range %s..%s: text must not be blank", low, high);
      unit = Unit.shared(unit);
      Numerals.checkNumber("bound \"" + text + "\"", low);
      Numerals.checkNumber("bound \"" + text + "\"", high);
    }

    @Override
    public Kind kind() {
      return Kind.RANGE;
    }

    @Override
    public Optional<BigDecimal> lower() {
      return Optional.of(low);
    }

    @Override
    public Optional<BigDecimal> upper() {
      return Optional.of(high);
    }
  }

  /**
   * A target stated in words only (止跌回稳, 与经济增长同步, 完成省下达目标): kept, never turned into a number.
   *
   * @param text the words as written
   */
  record Qualitative(String text) implements Bound {
    /**
     * @throws IllegalArgumentException if the text is blank
     */
    public Qualitative {
      checkArgument(!text.isBlank(), "qualitative bound: text must not be blank");
    }

    @Override
    public Kind kind() {
      return Kind.QUALITATIVE;
    }

    @Override
    public Optional<Unit> unit() {
      return Optional.empty();
    }
  }

  /**
   * No figure, with the reason.
   *
   * @param reason why there is no figure
   * @param text what was printed ({@code —})
   */
  record Absent(AbsentReason reason, String text) implements Bound {
    /**
     * @throws IllegalArgumentException if the text is blank
     */
    public Absent {
      checkArgument(!text.isBlank(), "absent bound (%s): text must not be blank", reason);
    }

    @Override
    public Kind kind() {
      return Kind.ABSENT;
    }

    @Override
    public Optional<Unit> unit() {
      return Optional.empty();
    }
  }
}
