package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.devplan.model.Plan;
import org.devplan.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large inputs import in bounded time: no catastrophic backtracking, no quadratic scan. */
class LargeInputTest {
  @Test
  void importsATenMegabyteFile(@TempDir Path dir) throws IOException {
    String seed = Files.readString(PlanTextTest.SEED, StandardCharsets.UTF_8);
    String other = Files.readString(CorpusAccuracyTest.CORPUS.resolve("wuhu-2026-report.txt"), StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(11_000_000);
    long bytes = (seed + other).getBytes(StandardCharsets.UTF_8).length;
    for (long total = 0; total < 10L * 1024 * 1024; total += bytes) {
      b.append(seed).append(other);
    }
    Path file = dir.resolve("big.txt");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(10L * 1024 * 1024);
    PlanText.Result r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> PlanText.parser().reporting().parseFile(file));
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("淄博市2026年国民经济和社会发展计划");
    assertThat(plan.allObservations().count()).isGreaterThan(10_000);
    assertThat(plan.spans().stream().mapToLong(s -> s.text().length()).sum()).isEqualTo(r.text().length());
  }

  @Test
  void importsAOneMegabyteSingleLine() {
    StringBuilder b = new StringBuilder(1_100_000);
    String[] parts = {"全市地区生产总值实现5088.9亿元，同比增长5.6%，", "“齐剑2025”", "分别达到450亿元、120亿元、",
        "一是固定资产投资承压运行。", "1.", "\t", "等", "3.4万余个", "——", "〔13.5〕"};
    for (int i = 0; b.length() < 1024 * 1024; i++) {
      b.append(parts[i % parts.length]);
    }
    String text = b.toString();
    PlanText.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> PlanText.parser(PlanText.Options.defaults().withPlanYear(2026)).reporting().parseChars(text));
    assertThat(r.plan().spans().stream().map(Span::text).reduce("", String::concat)).hasSize(text.length());
    assertThat(r.plan().allObservations().count()).isPositive();
  }
}
