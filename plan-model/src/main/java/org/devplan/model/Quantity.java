package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An amount in a unit, exactly as written: {@code 5088.9亿元} is 5088.9 in 亿元 (the magnitude stays in the unit
 * and the scale stays as written). Immutable and thread-safe; equality is scale-sensitive ({@code 5.60亿元} is
 * not equal to {@code 5.6亿元}); compare amounts with {@link #compareTo(Quantity)}.
 *
 * <pre>{@code
 * Quantity gdp = Quantity.parse("5088.9亿元");
 * gdp.amount();                       // 5088.9
 * gdp.unit();                         // 亿元
 * gdp.to(Unit.of("万元")).toString(); // "50889000万元"
 * Quantity.parse("１.０３万亿元");     // 1.03 万亿元 (full-width digits)
 * Quantity.parse("十万个");            // 10 万个
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Quantity implements Comparable<Quantity> {
  Quantity() {}

  /** The amount, at the scale it was written with. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The unit it is written in. */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * The largest number of digits, and the largest absolute scale, that any number in devplan may have; a reader
   * of numbers from elsewhere (JSON, CSV) refuses larger ones.
   */
  public static final int MAX_DIGITS = Numerals.MAX_DIGITS;

  @Value.Check
  void check() {
    Numerals.checkNumber("quantity", amount());
  }

  /**
   * The quantity {@code amount} {@code unit}.
   *
   * @throws IllegalArgumentException if the amount's scale or precision exceeds 1000
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    return ImmutableQuantity.of(amount, unit);
  }

  /**
   * The quantity whose amount is the plain decimal {@code amount} (e.g. {@code "5088.9"}).
   *
   * @throws NumberFormatException if {@code amount} is not a decimal number
   */
  public static Quantity of(String amount, Unit unit) {
    java.util.Objects.requireNonNull(unit, "unit");
    return of(new BigDecimal(amount), unit);
  }

  /**
   * Parses a written quantity: a number (ASCII or full-width digits, thousands separators, a Chinese numeral
   * such as 二十六) followed by a unit ({@code 亿元}, {@code 万个}, {@code %}).
   *
   * @throws PlanFormatException if the text is not a number followed by a unit
   */
  public static Quantity parse(String text) {
    return parse(text, Lexicon.standard());
  }

  /**
   * Parses a quantity with the words of {@code lexicon}; otherwise as {@link #parse(String)}.
   *
   * @throws PlanFormatException if the text is not a number followed by a unit
   */
  public static Quantity parse(String text, Lexicon lexicon) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(lexicon, "lexicon");
    return lexicon.grammar().parseQuantity(text);
  }

  /**
   * This quantity in {@code target}, exactly.
   *
   * @throws IllegalArgumentException if the units do not convert into each other
   */
  public Quantity to(Unit target) {
    return of(unit().convert(amount(), target), target);
  }

  /**
   * Compares the amounts after converting {@code other} into this quantity's unit.
   *
   * @throws IllegalArgumentException if the units do not convert into each other
   */
  @Override
  public int compareTo(Quantity other) {
    checkArgument(other.unit().isConvertibleTo(unit()), "quantity %s cannot be compared with %s", this, other);
    return amount().compareTo(other.unit().convert(other.amount(), unit()));
  }

  /** The written form, e.g. {@code 5088.9亿元}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return amount().toPlainString() + unit().symbol();
  }
}
