package org.devplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.devplan.calc.CalcContext;
import org.devplan.calc.PanelRow;
import org.devplan.io.text.PlanText;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the panel: the 2026 GDP growth target of each of the 23 provincial work reports of
 * {@code ../shared/real/provincial-2026-work-reports/}, as read by hand from each report's 主要预期目标 paragraph,
 * with its bound, whichever word the report uses for GDP (地区生产总值, 生产总值, 经济增长). The reports are imported
 * with no options: region, plan year and base year come from the documents.
 */
class ProvincialGdpTargetsTest {
  /** file, region, the growth as the panel should give it: bound, low (or the figure), high. */
  static final List<String> EXPECTED = List.of(
      "anhui 安徽省 RANGE 5 5.5",            // 全省地区生产总值增长5%—5.5%
      "beijing 北京市 ABOUT 5",              // 地区生产总值增长5%左右
      "chongqing 重庆市 AT_LEAST 5",         // 地区生产总值增长5%以上
      "fujian 福建省 ABOUT 5",               // 全省地区生产总值增长5%左右
      "guangxi 广西壮族自治区 ABOUT 5",        // 经济增长5%左右
      "guizhou 贵州省 ABOUT 5",              // 地区生产总值增长5%左右
      "hainan 海南省 ABOUT 6",               // 地区生产总值增长6%左右
      "henan 河南省 ABOUT 5",                // 经济增长5%左右、在实际工作中努力争取更好结果
      "hubei 湖北省 ABOUT 5.5",              // 经济增长5.5%左右
      "hunan 湖南省 ABOUT 5",                // 地区生产总值增长5%左右
      "jiangsu 江苏省 EXACT 5",              // 地区生产总值按增长5%安排
      "jiangxi 江西省 RANGE 5 5.5",          // 地区生产总值增长5%-5.5%
      "jilin 吉林省 ABOUT 5",                // 地区生产总值增长5%左右
      "liaoning 辽宁省 ABOUT 4.5",           // 地区生产总值增长4.5%左右
      "neimenggu 内蒙古自治区 ABOUT 5",        // 地区生产总值增长5%左右
      "ningxia 宁夏回族自治区 ABOUT 5",        // 地区生产总值增长5%左右
      "qinghai 青海省 ABOUT 4.5",            // 全省地区生产总值增长4.5%左右
      "shaanxi 陕西省 ABOUT 5",              // 生产总值增长5％左右
      "shandong 山东省 AT_LEAST 5",          // 地区生产总值增长5%以上
      "shanxi 山西省 RANGE 4.5 5",           // 今年经济社会发展主要目标是：地区生产总值增长4.5%—5%
      "tianjin 天津市 EXACT 4.5",            // 地区生产总值增长4.5%
      "xinjiang 新疆维吾尔自治区 RANGE 5.5 6", // 地区生产总值增长5.5%—6%
      "yunnan 云南省 ABOUT 4.5");            // 地区生产总值增长4.5%左右

  @Test
  void everyProvincesGdpGrowthTargetFor2026() {
    Optional<Path> folder = RealDocuments.folder("provincial-2026-work-reports");
    assumeTrue(folder.isPresent(), "../shared/real/provincial-2026-work-reports/ is absent: test skipped");
    ImmutableList.Builder<Plan> plans = ImmutableList.builder();
    for (String e : EXPECTED) {
      String[] f = e.split(" ");
      plans.add(PlanText.parser().parseFile(folder.get().resolve(f[0] + "-2026-gzbg.txt")));
    }
    List<PanelRow> rows = CalcContext.defaults().calc().panel(plans.build()).rows("gdp", 2026,
        Observation.Kind.TARGET);
    assertThat(rows.stream().map(r -> r.planYear() + " " + describe(r)))
        .containsExactlyElementsOf(EXPECTED.stream().map(e -> "2026 " + e.substring(e.indexOf(' ') + 1)).toList());
  }

  /** {@code 安徽省 RANGE 5 5.5} of a row. */
  static String describe(PanelRow row) {
    Bound g = row.growth().orElse(Bound.absent());
    String figures = g instanceof Bound.Range r ? r.low().toPlainString() + " " + r.high().toPlainString()
        : g.number().map(n -> n.toPlainString()).orElse("-");
    return row.region().name() + " " + g.kind() + " " + figures;
  }
}
