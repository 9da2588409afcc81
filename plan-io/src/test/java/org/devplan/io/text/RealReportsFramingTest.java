package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.devplan.model.Evidence;
import org.devplan.model.Plan;
import org.devplan.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 23 real provincial 2026 work reports of {@code ../shared/real/} (relative to the project root; another folder
 * with {@code -Ddevplan.real=DIR}), as copied from the web with their page furniture: each imports with no options,
 * with its region's full name, plan year 2026 and base year 2025, how each was found, and a title span that ends
 * with the salutation (so no furniture line is read as text).
 */
class RealReportsFramingTest {
  static final Path REAL = TestDocuments.REAL.resolve("provincial-2026-work-reports");

  record Framing(String region, Evidence regionEvidence, int planYear, Evidence planYearEvidence, int baseYear,
      Evidence baseYearEvidence, Plan.Kind kind, String lastFrameLine) {}

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      anhui-2026-gzbg.txt     | 安徽省           | STATED   | STATED
      beijing-2026-gzbg.txt   | 北京市           | STATED   | STATED
      chongqing-2026-gzbg.txt | 重庆市           | STATED   | STATED
      fujian-2026-gzbg.txt    | 福建省           | STATED   | STATED
      guangxi-2026-gzbg.txt   | 广西壮族自治区   | STATED   | STATED
      guizhou-2026-gzbg.txt   | 贵州省           | INFERRED | INFERRED
      hainan-2026-gzbg.txt    | 海南省           | INFERRED | INFERRED
      henan-2026-gzbg.txt     | 河南省           | STATED   | STATED
      hubei-2026-gzbg.txt     | 湖北省           | STATED   | STATED
      hunan-2026-gzbg.txt     | 湖南省           | STATED   | STATED
      jiangsu-2026-gzbg.txt   | 江苏省           | STATED   | STATED
      jiangxi-2026-gzbg.txt   | 江西省           | STATED   | STATED
      jilin-2026-gzbg.txt     | 吉林省           | STATED   | STATED
      liaoning-2026-gzbg.txt  | 辽宁省           | STATED   | STATED
      neimenggu-2026-gzbg.txt | 内蒙古自治区     | STATED   | STATED
      ningxia-2026-gzbg.txt   | 宁夏回族自治区   | STATED   | STATED
      qinghai-2026-gzbg.txt   | 青海省           | INFERRED | INFERRED
      shaanxi-2026-gzbg.txt   | 陕西省           | STATED   | STATED
      shandong-2026-gzbg.txt  | 山东省           | STATED   | STATED
      shanxi-2026-gzbg.txt    | 山西省           | STATED   | STATED
      tianjin-2026-gzbg.txt   | 天津市           | STATED   | STATED
      xinjiang-2026-gzbg.txt  | 新疆维吾尔自治区 | STATED   | STATED
      yunnan-2026-gzbg.txt    | 云南省           | INFERRED | STATED
      """)
  void importsWithNoOptions(String file, String region, Evidence regionEvidence, Evidence planYearEvidence) {
    assumeTrue(Files.isDirectory(REAL), "skipped: the real documents are absent (" + REAL.toAbsolutePath() + ")");
    Plan plan = PlanText.parser().parseFile(REAL.resolve(file));
    Span first = plan.spans().get(0);
    String[] frameLines = first.text().split("\n");
    assertThat(first.kind()).isEqualTo(Span.Kind.TITLE);
    assertThat(new Framing(plan.region().name(), plan.regionEvidence(), plan.planYear(), plan.planYearEvidence(),
        plan.baseYear(), plan.baseYearEvidence(), plan.kind(), frameLines[frameLines.length - 1]))
        .isEqualTo(new Framing(region, regionEvidence, 2026, planYearEvidence, 2025, Evidence.INFERRED,
            Plan.Kind.WORK_REPORT, "各位代表："));
  }
}
