package org.devplan.io.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devplan.io.text.internal.NumberAudit;
import org.devplan.io.text.internal.SourceText;
import org.devplan.model.Plan;

/**
 * A number of an imported text that became no observation, and why: either what it is instead of a figure (a year, a
 * date, a ranking, a name …) or {@link #NOT_READ}, a number devplan did not read. With the observations, these
 * account for every number of the text: each number (Arabic digits, full-width or not; a circled number; Chinese
 * numerals where they form a quantity or the words around them say what they are) is inside the wording of an
 * observation or listed here, once. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanText.Result r = PlanText.parser().reporting().parseChars("某市2026年国民经济和社会发展计划\n一、主要目标\n新建5G基站1200个，建成2×350兆瓦机组。");
 * r.unread();
 * // [UnreadNumber[line=1, column=3, text=2026, reason=year],
 * //  UnreadNumber[line=2, column=1, text=一, reason=heading label],
 * //  UnreadNumber[line=3, column=3, text=5, reason=name],
 * //  UnreadNumber[line=3, column=15, text=2, reason=not read],
 * //  UnreadNumber[line=3, column=17, text=350, reason=not read]]     (1200个 is a figure: read, not listed)
 * r.notRead();   // the last two
 * }</pre>
 *
 * <p>Mirrored by {@code UnreadNumberTest}.
 *
 * <p>Reasons, the classes of numbers that are not figures: those of the lexicon's
 * {@code org/devplan/model/lexicon/number-contexts.tsv} ({@code year}, {@code date}, {@code duration},
 * {@code ordinal}, {@code rank}, {@code session}, {@code heading label}, {@code footnote}, {@code programme},
 * {@code name}, {@code plan name}, {@code phrase}, {@code threshold}, {@code ratio term}: the 1 of 2.9∶1), and
 * {@code name} (digits next to Latin letters: 5G, PM2.5), {@code title} (the title, subtitle and copied page around
 * them), {@code column header} (a year in a table cell), {@code row number} (a bare number opening a table row), {@code heading label} and {@code footnote}
 * (circled numbers at the start of a line, or inside it), {@code list count} (a count of the 、 list right before it:
 * 东湖、西湖、南湖3个公园).
 *
 * @param line 1-based line of the decoded text where the number starts
 * @param column 1-based code-point column where it starts
 * @param text the number as written (２０２６, 十四, 1,200)
 * @param reason what the number is, or {@link #NOT_READ}
 * @since 0.1
 */
public record UnreadNumber(int line, int column, String text, String reason) {
  /** The reason of a number that devplan did not read and cannot account for. */
  public static final String NOT_READ = NumberAudit.NOT_READ;

  /**
   * @throws NullPointerException if text or reason is null
   */
  public UnreadNumber {
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
  }

  /** True if devplan did not read the number and cannot say what it is. */
  public boolean notRead() {
    return reason.equals(NOT_READ);
  }

  /** The numbers of {@code text} that no observation of {@code plan} (imported from it) holds, in text order. */
  static List<UnreadNumber> audit(SourceText text, Plan plan) {
    return NumberAudit.standard().audit(text, plan).stream().filter(f -> !f.reason().equals(NumberAudit.READ))
        .map(f -> new UnreadNumber(f.position().line(), f.position().column(), f.text(), f.reason())).toList();
  }
}
