package org.devplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report and panel rendered in a real headless browser (Debian's chromium; .ci/run installs it): the
 * charts' elements after rendering (--dump-dom) and a screenshot that is a non-blank PNG of the window's size.
 * Skips, saying why, only when chromium cannot be started.
 */
class BrowserRenderTest {
  static final Path CORPUS = Path.of("../plan-io/src/test/resources/corpus");
  static final int WIDTH = 820;
  static final int HEIGHT = 1000;
  static String chromium;

  @BeforeAll
  static void findChromium() {
    for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(c))) {
        chromium = c;
        return;
      }
    }
  }

  /** Runs headless chromium on {@code page} with {@code args}; its standard output. */
  static String browse(Path profile, Path page, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    cmd.add(page.toUri().toString());
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    boolean done = p.waitFor(90, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assumeTrue(done && p.exitValue() == 0, "chromium did not render " + page + " (exit " + (done ? p.exitValue()
        : "timeout") + "): browser test skipped");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  static int count(String dom, String regex) {
    Matcher m = Pattern.compile(regex).matcher(dom);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The screenshot of {@code page}: a PNG of WIDTH × HEIGHT with many colours and little white. */
  static BufferedImage screenshot(Path dir, Path page, String name) throws IOException, InterruptedException {
    Path png = dir.resolve(name + ".png");
    browse(Files.createDirectory(dir.resolve(name + "-profile")), page, "--screenshot=" + png,
        "--window-size=" + WIDTH + "," + HEIGHT);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(WIDTH, HEIGHT);
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < HEIGHT; y += 2) {
      for (int x = 0; x < WIDTH; x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        inked += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(50);
    assertThat(inked * 100 / ((long) WIDTH * HEIGHT / 4)).as("percent of non-white pixels in " + png)
        .isBetween(3L, 60L);
    return image;
  }

  @Test
  void panelChartsRender(@TempDir Path dir) throws Exception {
    assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it): browser test skipped");
    Path html = dir.resolve("panel.html");
    DevplanCliTest.Run run = DevplanCliTest.run("panel", "../seeds/zibo-2026-plan.txt",
        CORPUS.resolve("anji-2026-plan.txt").toString(), CORPUS.resolve("wuhu-2026-report.txt").toString(),
        CORPUS.resolve("county-2026-work-report.txt").toString(), "--reference",
        CORPUS.resolve("province-2026-plan-report.txt").toString(), "--html", html.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String dom = browse(Files.createDirectory(dir.resolve("dom-profile")), html, "--dump-dom");
    String gdp = dom.substring(dom.indexOf("data-concept=\"gdp\""), dom.indexOf("</svg>", dom.indexOf(
        "data-concept=\"gdp\"")));
    assertThat(count(gdp, "<g class=\"row\" data-region=\"[^\"]+\">")).isEqualTo(4);
    assertThat(count(gdp, "data-region=\"(淄博市|安吉县|芜湖市|浦江县)\"")).isEqualTo(4);
    assertThat(List.of(count(gdp, "class=\"target range\""), count(gdp, "class=\"arrow\""),
        count(gdp, "class=\"ring\""), count(gdp, "class=\"actual\""), count(gdp, "<g class=\"reference\">")))
        .as("ranges (安吉, 芜湖), arrows (淄博 5以上), rings (浦江 左右), actuals, the reference")
        .containsExactly(2, 1, 1, 4, 1);
    assertThat(gdp).contains("安徽省 增长5%左右");
    screenshot(dir, html, "panel");
  }

  @Test
  void reportChartsRenderWithFindingsLinkedToTheSource(@TempDir Path dir) throws Exception {
    assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it): browser test skipped");
    Path html = dir.resolve("report.html");
    assertThat(DevplanCliTest.run("report", "../seeds/zibo-2026-plan.txt", "--html", html.toString()).code())
        .isZero();
    String dom = browse(Files.createDirectory(dir.resolve("dom-profile")), html, "--dump-dom");
    assertThat(count(dom, "<g class=\"row\" data-indicator=")).isEqualTo(26);
    assertThat(dom).contains("data-indicator=\"地区生产总值\"").contains("5.6 → 5以上 增长%");
    Matcher links = Pattern.compile("href=\"#L([0-9]+)\"").matcher(dom);
    Set<String> targets = new HashSet<>();
    while (links.find()) {
      targets.add(links.group(1));
    }
    assertThat(targets).isNotEmpty().allSatisfy(line -> assertThat(dom).contains("<mark id=\"L" + line + "\">"));
    assertThat(dom).contains("<mark id=\"L225\">");
    screenshot(dir, html, "report");
  }
}
