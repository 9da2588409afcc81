package org.devplan.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Unit;

/**
 * A row of the annex (wide) table: a {@link Group} heading row ({@code 四、外经外贸}) or an indicator {@link Line}
 * with its base-year actual and plan-year target. Immutable and thread-safe.
 *
 * <pre>{@code
 * AnnexRow.Line revenue = new AnnexRow.Line(Optional.of("财政金融"), "一般公共预算收入", Unit.of("亿元"),
 *     Optional.of(Bound.parse("419.73")), Optional.of(Bound.parse("2.01")),
 *     Optional.of(Bound.parse("428.12")), Optional.of(Bound.parse("2以上")), Indicator.Nature.EXPECTED);
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface AnnexRow permits AnnexRow.Group, AnnexRow.Line {

  /**
   * A group heading row, written in the 分组 column with every other cell empty.
   *
   * @param label the heading as printed, numbering included ({@code 四、外经外贸})
   */
  record Group(String label) implements AnnexRow {
    /**
     * @throws IllegalArgumentException if the label is blank
     */
    public Group {
      checkArgument(!label.isBlank(), "annex group row: label must not be blank");
    }
  }

  /**
   * An indicator row. A cell holds a figure's wording ({@code 5以上}, {@code —}, {@code 止跌回稳}); an empty cell
   * is no figure. A merged cell (one wording covering a year's two columns, as in the seed's 绿色低碳 rows) is
   * written once, in the 绝对值 column, and read as the level.
   *
   * @param group the indicator's group (分组, without numbering), if any
   * @param name the indicator's name (指标名称)
   * @param unit its unit (单位)
   * @param actualLevel the base-year actual's level (完成·绝对值)
   * @param actualGrowth the base-year actual's growth (完成·增长%)
   * @param targetLevel the plan-year target's level (预期·绝对值)
   * @param targetGrowth the plan-year target's growth (预期·增长%)
   * @param nature 预期性, 约束性 or not stated (属性)
   */
  record Line(Optional<String> group, String name, Unit unit, Optional<Bound> actualLevel,
      Optional<Bound> actualGrowth, Optional<Bound> targetLevel, Optional<Bound> targetGrowth,
      Indicator.Nature nature) implements AnnexRow {
    /**
     * @throws IllegalArgumentException if the name or group is blank
     */
    public Line {
      checkArgument(!name.isBlank(), "annex line: name must not be blank");
      group.ifPresent(g -> checkArgument(!g.isBlank(), "annex line %s: group must not be blank", name));
    }
  }
}
