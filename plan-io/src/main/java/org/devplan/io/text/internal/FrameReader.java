package org.devplan.io.text.internal;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Evidence;
import org.devplan.model.Lexicon;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Position;
import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/**
 * Stage 5: the document's frame. Finds the title, the subtitle and the speaker line among what a copied web page
 * puts around them (page controls, 来源：/时间： lines, breadcrumbs spread over lines, posting dates, photo
 * captions), and tells the region, the plan year, the base year and the kind of plan, each with how it was
 * found: {@code STATED} by the title (or the caller), {@code INFERRED} from the subtitle, the speaker line or the
 * text. The frame's lines become one title block, so that none of them is read as a heading or a figure. The
 * words are the lexicon's {@link Lexicon.Table#FRAME_WORDS}.
 */
public final class FrameReader {
  private static final FrameWords W = FrameWords.of(Lexicon.standard());
  /** The region of a plan whose text names none. */
  static final String UNNAMED = W.words("unnamed-region").get(0);
  private static final String YEAR_MARK = W.word("date-mark", "year");
  private static final Words YEAR_SUFFIXES = Vocabulary.standard().yearSuffixes;
  private static final int MAX_FRAME_LINES = 60;
  private static final int MAX_LINE = 80;
  private static final int BODY_SCAN = 20_000;
  private static final int CLAUSE_CUE_REACH = 20;
  private static final int BYLINE_NAME = 16;
  /** The most chars of the text's first line that stand for its title when no line of the frame is one. */
  private static final int FIRST_WORDS = 60;

  /**
   * A document's frame.
   *
   * @param title the title as read (traditional characters read as simplified)
   * @param documentTitle the title as written
   * @param subtitle the subtitle line, if any (——2026年1月27日在…会议上)
   * @param region the region's name
   * @param regionEvidence how the region was found ({@code NONE} if nothing names it)
   * @param planYear the plan year
   * @param planYearEvidence how the plan year was found
   * @param baseYear the base year
   * @param baseYearEvidence how the base year was found
   * @param kind the kind of plan
   * @param unsectioned what the figures outside every chapter are: targets, or actuals under a headline on the
   *     base year's results
   * @param endLine the line after the frame's last line
   */
  public record Frame(String title, String documentTitle, Optional<String> subtitle, String region,
      Evidence regionEvidence, int planYear, Evidence planYearEvidence, int baseYear, Evidence baseYearEvidence,
      Plan.Kind kind, Observation.Kind unsectioned, int endLine) {

    /** {@code blocks} with the frame's lines as one title block in front. */
    public List<Block> framed(List<Block> blocks) {
      if (endLine == 0) {
        return blocks;
      }
      List<Block> out = new ArrayList<>();
      out.add(new Block.Title(0, endLine));
      for (Block b : blocks) {
        if (b.endLine() <= endLine) {
          continue;
        }
        out.add(b.startLine() >= endLine ? b : b.from(endLine));
      }
      return out;
    }
  }

  private enum Role { BLANK, FURNITURE, CAPTION, TITLE, SUBTITLE, SPEAKER, SALUTATION, DATE, OTHER }

  private final SourceText src;
  private final String t;
  private final Importer.Settings settings;
  private final List<Role> roles = new ArrayList<>();
  private int postingYear;
  private int dateLineYear;
  private boolean openBracket;
  private boolean crumb;
  private boolean pendingValue;
  /** The heading the text begins with, before any frame line (一、2024年某省…计划执行情况), or null. */
  private Block.@Nullable Heading firstHeading;

  private FrameReader(SourceText src, Importer.Settings settings) {
    this.src = src;
    this.t = src.text();
    this.settings = settings;
  }

  /**
   * Reads the frame of {@code src}, whose lines {@code blocks} cover.
   *
   * @throws PlanFormatException if the plan year cannot be told and {@code settings} does not set it
   */
  public static Frame read(SourceText src, List<Block> blocks, Importer.Settings settings) {
    return new FrameReader(src, settings).read(blocks);
  }

  private Frame read(List<Block> blocks) {
    int end = frameEnd(blocks);
    int titleLine = roles.indexOf(Role.TITLE);
    TitleLines title = title(titleLine, end);
    int subtitleLine = -1;
    for (int k = Math.max(title.end(), 0); k < end && subtitleLine < 0; k++) {
      subtitleLine = roles.get(k) == Role.SUBTITLE ? k : -1;
    }
    Optional<String> subtitle = subtitleLine < 0 ? Optional.empty() : Optional.of(line(subtitleLine));
    Optional<String> subtitleNorm = subtitleLine < 0 ? Optional.empty() : Optional.of(norm(subtitleLine));
    String norm = title.normalised();
    String dating = title.framed() ? norm : ""; // the text's first words are no title: their years are the body's
    int fyp = fiveYearPlanEnd(dating);
    boolean headline = fyp == 0 && resultHeadline(dating);
    Year plan = planYear(dating, fyp, headline, subtitleNorm, end);
    if (plan.year() == 0) {
      Position p = titlePosition(titleLine);
      throw new PlanFormatException(settings.document(), p.line(), p.column(),
          "cannot tell the plan year from the title \"" + abbreviate(title.read())
              + "\", its subtitle or its text; set it with PlanText.Options.withPlanYear");
    }
    Year base = baseYear(dating, fyp, plan.year());
    if (base.year() > plan.year()) {
      Position p = titlePosition(titleLine);
      throw new PlanFormatException(settings.document(), p.line(), p.column(),
          "base year " + base.year() + " is after plan year " + plan.year());
    }
    String region;
    Evidence regionEvidence = Evidence.STATED;
    if (settings.region().isPresent()) {
      region = settings.region().get();
    } else {
      region = region(norm);
      if (region.equals(UNNAMED)) {
        region = subtitleNorm.flatMap(FrameReader::venueRegion).or(() -> speakerRegion(end))
            .or(this::sessionRegion).or(this::bodySpeakerRegion).orElse(UNNAMED);
        regionEvidence = region.equals(UNNAMED) ? Evidence.NONE : Evidence.INFERRED;
      }
    }
    return new Frame(title.read(), title.written(), subtitle, region, regionEvidence, plan.year(), plan.evidence(),
        base.year(), base.evidence(), kind(norm),
        settings.planYear().isEmpty() && headline ? Observation.Kind.ACTUAL
            : Observation.Kind.TARGET, end);
  }

  /**
   * The title as read, as written and normalised, the line after it, and whether it is a line (else it is the text's
   * first words, of a sentence or a line too long for a title: their years are the body's).
   */
  private record TitleLines(String read, String written, String normalised, int end, boolean framed) {}

  /** A year and how it was found. */
  private record Year(int year, Evidence evidence) {}

  /**
   * The title's lines: the title line and the lines that continue it (up to three), else the first line that is
   * no markup element.
   */
  private TitleLines title(int titleLine, int end) {
    if (titleLine < 0) {
      int first = firstLine(end, Role.OTHER);
      String lead = first < 0 ? leadingTitle() : null;
      if (lead != null) {
        return new TitleLines(lead, lead, lead, titleLine, true);
      }
      String title = withoutTrailingPipes(first >= 0 ? line(first) : firstText());
      if (first < 0 && firstHeading != null) { // a chapter's heading, no title: its words name the region
        int k = firstHeading.startLine();
        String heading = Importer.clean(t.substring(firstHeading.label().end(), contentEnd(k)));
        return new TitleLines(title, title, heading, titleLine, false);
      }
      return new TitleLines(title, first >= 0 ? withoutTrailingPipes(written(first)) : title,
          first >= 0 ? withoutTrailingPipes(norm(first)) : title, titleLine,
          first >= 0 || (title.length() < FIRST_WORDS && title.indexOf('。') < 0));
    }
    StringBuilder read = new StringBuilder(line(titleLine));
    StringBuilder written = new StringBuilder(written(titleLine));
    StringBuilder normalised = new StringBuilder(norm(titleLine));
    int titleEnd = titleLine + 1;
    while (titleEnd < end && titleEnd - titleLine < 3
        && (roles.get(titleEnd) == Role.OTHER || roles.get(titleEnd) == Role.TITLE)
        && (!endsTitle(normalised.toString()) || W.startsWithAny("title-joiner", norm(titleEnd)))) {
      read.append(line(titleEnd));
      written.append(written(titleEnd));
      normalised.append(norm(titleEnd));
      titleEnd++;
    }
    return new TitleLines(read.toString(), written.toString(), normalised.toString(), titleEnd, true);
  }

  /** {@code s} without the pipes and spaces of a copied table row at its end (…会议隆重开幕 |). */
  private static String withoutTrailingPipes(String s) {
    int e = s.length();
    while (e > 0 && (s.charAt(e - 1) == '|' || s.charAt(e - 1) == '｜' || s.charAt(e - 1) == ' ')) {
      e--;
    }
    return s.substring(0, e);
  }

  /**
   * The plan year: the caller's, the year after a result headline's ({@code headline}) or a reviewed title year, the
   * title's, else the subtitle's date, the body's, the posting date's (or 0).
   */
  private Year planYear(String norm, int fyp, boolean headline, Optional<String> subtitleNorm, int end) {
    int[] fromTitle = titleYears(norm);
    if (settings.planYear().isPresent()) {
      return new Year(settings.planYear().getAsInt(), Evidence.STATED);
    } else if (headline || (fyp == 0 && reviewsTitleYear(norm, fromTitle, subtitleNorm, end))) {
      return new Year(fromTitle[1] + 1, Evidence.INFERRED);
    } else if (fyp > 0 || fromTitle[1] > 0) {
      return new Year(fyp > 0 ? fyp : fromTitle[1], Evidence.STATED);
    }
    int plan = subtitleNorm.map(FrameReader::sessionYear).orElse(0);
    if (plan == 0) {
      plan = bodyPlanYear(end);
    }
    if (plan == 0) {
      plan = postingYear;
    }
    return new Year(plan, Evidence.INFERRED);
  }

  /**
   * The base year: the caller's, the year a mid-term review reports on, a five-year plan's year before its first,
   * the title's earlier year, else the year before the plan year.
   */
  private Year baseYear(String norm, int fyp, int plan) {
    int reviewed = fyp > 0 && W.containsAny("review", norm) ? dateLineYear - 1 : 0;
    if (reviewed <= plan - 5 || reviewed >= plan) {
      reviewed = 0; // a mid-term review (中期评估) reports on the year before it is dated
    }
    int[] fromTitle = titleYears(norm);
    if (settings.baseYear().isPresent()) {
      return new Year(settings.baseYear().getAsInt(), Evidence.STATED);
    } else if (reviewed > 0) {
      return new Year(reviewed, Evidence.INFERRED);
    } else if (fyp > 0) {
      return new Year(plan - 5, Evidence.STATED);
    } else if (fromTitle[0] > 0 && fromTitle[0] < plan) {
      return new Year(fromTitle[0], Evidence.STATED);
    }
    return new Year(plan - 1, Evidence.INFERRED);
  }

  // ------------------------------------------------------------------ the frame's lines

  /** Gives each line of the frame a role; returns the line after the frame. */
  private int frameEnd(List<Block> blocks) {
    Block[] starting = new Block[src.lineCount()];
    for (Block b : blocks) {
      starting[b.startLine()] = b;
    }
    int oldTitleEnd = !blocks.isEmpty() && blocks.get(0) instanceof Block.Title ? blocks.get(0).endLine() : 0;
    for (Block b : blocks) {
      if (b instanceof Block.Title) {
        oldTitleEnd = b.endLine();
      } else if (!(b instanceof Block.Blank)) {
        break;
      }
    }
    int end = 0;
    int limit = Math.min(src.lineCount(), MAX_FRAME_LINES);
    for (int k = 0; k < limit; k++) {
      String c = norm(k);
      if (c.isEmpty()) {
        roles.add(Role.BLANK);
        continue;
      }
      Block block = starting[k];
      if (block instanceof Block.Heading || block instanceof Block.TableBlock || block instanceof Block.Contents
          || block instanceof Block.Note) {
        firstHeading = end == 0 && block instanceof Block.Heading h ? h : null;
        break;
      }
      Role role = lineRole(k, c);
      if (role == null) {
        break; // the text begins
      }
      roles.add(role);
      end = k + 1;
      if (role == Role.SALUTATION) {
        break;
      }
    }
    while (roles.size() > end) {
      roles.remove(roles.size() - 1);
    }
    if (!roles.contains(Role.TITLE) && !roles.contains(Role.SUBTITLE) && !roles.contains(Role.FURNITURE)) {
      end = Math.min(end, oldTitleEnd); // no frame to speak of: the title block as the block reader saw it
    }
    end = Math.max(end, oldTitleEnd);
    while (roles.size() < end) {
      roles.add(Role.OTHER);
    }
    return end;
  }

  /**
   * The role of frame line {@code k} (normalised {@code c}) after the lines before it: furniture inside an open
   * bracket, in a breadcrumb spread over lines or as the value under its label; or null if the text begins with it.
   */
  private @Nullable Role lineRole(int k, String c) {
    if (openBracket) {
      openBracket = c.indexOf('】') < 0 && c.indexOf(']') < 0;
      return Role.FURNITURE;
    }
    if (crumb && (isSeparators(c) || (roles.get(lastNonBlank()) == Role.FURNITURE && wasSeparator(k)))) {
      return Role.FURNITURE;
    }
    crumb = false;
    if (isSentence(k, c)) {
      return null; // 2月20日，某市第十四届人民代表大会第五次会议开幕，市长作政府工作报告时提出上述目标。
    }
    Role role = role(c);
    if (role == Role.OTHER && pendingValue) {
      role = Role.FURNITURE; // 来源： / 宁夏日报客户端: the value under its label
    }
    if (role == Role.OTHER && k > 0 && roles.get(lastNonBlank()) == Role.SUBTITLE && W.containsAny("session", c)) {
      role = Role.SUBTITLE; // 2025年3月21日在某区第十九届 / 人民代表大会第四次会议上: a subtitle broken over lines
    }
    pendingValue = false;
    if (role == Role.FURNITURE) {
      openBracket = opensBracket(c);
      pendingValue = emptyLabel(c);
      crumb = W.startsWithAny("breadcrumb", c) || isSeparators(c);
    }
    return role;
  }

  /** True if line {@code k} ({@code c} without its final 。) is a sentence: clauses and a final 。. */
  private boolean isSentence(int k, String c) {
    int e = contentEnd(k);
    if (e == contentStart(k) || t.charAt(e - 1) != '。') {
      return false;
    }
    for (int i = 0; i + 1 < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '，' || (ch == ',' && !Character.isDigit(c.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The role of a frame line, or null if the text begins with it. */
  private @Nullable Role role(String c) {
    String bare = c.endsWith("：") || c.endsWith(":") ? c.substring(0, c.length() - 1).strip() : c;
    if (W.contains("salutation", bare)) {
      return Role.SALUTATION;
    }
    if (isCaption(c)) {
      return Role.CAPTION;
    }
    if (isMarkup(c)) {
      return Role.FURNITURE; // however long: an image's inline data
    }
    if ((c.indexOf('。') >= 0 && !endsTitle(c)) || c.length() > MAX_LINE) {
      return null; // a sentence; but a title damaged by a copy may hold a stray 。 ((浙江?。?025年…政府工作报告)
    }
    if (isDateLine(c)) {
      return Role.DATE;
    }
    if (isFurniture(c) || isByline(c)) {
      notePostingDate(c);
      return Role.FURNITURE;
    }
    if (isSubtitle(c)) {
      return Role.SUBTITLE;
    }
    if (speaker(c).isPresent()) {
      return Role.SPEAKER;
    }
    if (W.containsAny("title-end", c) || W.startsWithAny("title-start", c)) {
      return Role.TITLE;
    }
    return Role.OTHER;
  }

  /**
   * True if the line is a markup element copied with the page (<image>…</image>, <img src=…>): it starts with
   * {@code <} and a Latin letter and ends with {@code >}.
   */
  private static boolean isMarkup(String c) {
    return c.length() > 2 && c.charAt(0) == '<' && ScanText.isLatin(c.charAt(1)) && c.charAt(c.length() - 1) == '>';
  }

  private static boolean isCaption(String c) {
    if (c.length() <= 3 * MAX_LINE && W.endsWithAny("caption-end", c) && c.length() > 4) {
      return true;
    }
    // 张工作政府工作报告。: a short sentence naming the report above the photo, without a credit
    int stop = c.indexOf('。');
    return stop == c.length() - 1 && c.length() <= 40 && W.containsAny("title-kind", c)
        && !W.startsWithAny("title-start", c);
  }

  /** Page furniture: control words, a metadata label with its value, a breadcrumb, brackets and separators. */
  private static boolean isFurniture(String c) {
    String label = W.prefix("furniture-label", c);
    if (label != null && label.length() < c.length() && isColon(c.charAt(label.length()))) {
      return true;
    }
    if (W.startsWithAny("breadcrumb", c)) {
      return true;
    }
    int colon = colon(c);
    if (colon >= 2 && colon <= 6 && colon + 1 < c.length() && allHan(c, 0, colon)
        && !W.containsAny("title-end", c)) {
      return true; // 索引号：002692401/2025-01836, 浏览次数：1234: a label, a colon, a value
    }
    boolean any = false;
    boolean value = false;
    int i = 0;
    while (i < c.length()) {
      while (i < c.length() && isSeparator(c.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < c.length() && !isSeparator(c.charAt(j))) {
        j++;
      }
      if (j > i) {
        String token = c.substring(i, j);
        if (!value && !W.contains("furniture", token) && !W.contains("furniture-label", token)
            && !isDateOrTime(token)) {
          return false;
        }
        value = W.contains("furniture-label", token) && j < c.length() && isColon(c.charAt(j)); // 来源：中国新闻网
        any = true;
      }
      i = j;
    }
    return any || isSeparators(c);
  }

  /**
   * A source's name and a posting date (某某图书馆 2018-03-20 10:33:06): a name of at most {@link #BYLINE_NAME} chars
   * that names no document, then a date alone with a four-digit year.
   */
  private static boolean isByline(String c) {
    for (int d = 1; d < c.length(); d++) {
      if (dateAloneYear(c.substring(d)) > 0) { // the longest date alone at the line's end
        String name = c.substring(0, d).strip();
        return !name.isEmpty() && name.length() <= BYLINE_NAME && !W.containsAny("title-end", name)
            && name.indexOf('，') < 0;
      }
    }
    return false;
  }

  /** Digits, spaces, date and time marks only (2018年01月14日, 20:24, 2026-02-09 09:45:30). */
  private static boolean isDateOrTime(String c) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (!Character.isDigit(ch) && "-/:. ".indexOf(ch) < 0 && !W.contains("date-mark", String.valueOf(ch))) {
        return false;
      }
    }
    return !c.isEmpty();
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '|' || c == '｜' || c == '/' || c == '·' || c == '、' || c == '>'
        || c == '›' || c == '»' || c == '【' || c == '】' || c == '[' || c == ']' || c == '(' || c == ')'
        || c == '：' || c == ':' || c == '-' || c == '_' || c == '<' || c == '«';
  }

  private static boolean isSeparators(String c) {
    for (int i = 0; i < c.length(); i++) {
      if (!isSeparator(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean wasSeparator(int k) {
    for (int j = k - 1; j >= 0; j--) {
      String p = norm(j);
      if (!p.isEmpty()) {
        return isSeparators(p) && (p.indexOf('>') >= 0 || p.indexOf('›') >= 0 || p.indexOf('»') >= 0);
      }
    }
    return false;
  }

  private int lastNonBlank() {
    for (int j = roles.size() - 1; j >= 0; j--) {
      if (roles.get(j) != Role.BLANK) {
        return j;
      }
    }
    return 0;
  }

  private static boolean opensBracket(String c) {
    int open = Math.max(c.lastIndexOf('【'), c.lastIndexOf('['));
    return open >= 0 && c.indexOf('】', open) < 0 && c.indexOf(']', open) < 0;
  }

  private static boolean emptyLabel(String c) {
    String label = W.prefix("furniture-label", c);
    return label != null && c.substring(label.length()).strip().length() == 1 && isColon(c.charAt(c.length() - 1));
  }

  /** A posting date or a date line: digits, date and time marks only, with a four-digit year. */
  private boolean isDateLine(String c) {
    int year = dateAloneYear(c);
    if (year == 0) {
      return false;
    }
    if (c.indexOf(YEAR_MARK) > 0 && dateLineYear == 0) {
      dateLineYear = year;
    } else if (postingYear == 0) {
      postingYear = year;
    }
    return true;
  }

  /** Notes the year of the first date in a furniture line (作者：本站 发布时间：2025-02-11 浏览：149次) as the posting year. */
  private void notePostingDate(String c) {
    for (int i = 0; postingYear == 0 && i + 6 < c.length(); i++) {
      char mark = c.charAt(i + 4);
      if (ScanText.isYear(c, i) && (mark == '-' || mark == '/' || yearSuffixAt(c, i + 4))
          && Character.isDigit(c.charAt(i + 5))) {
        postingYear = Integer.parseInt(c.substring(i, i + 4));
      }
    }
  }

  /**
   * The year of {@code c} if it is a date alone (2024年3月19日, 2026-02-09 09:45:30): digits, date and time marks only,
   * with a four-digit year; else 0.
   */
  static int dateAloneYear(String c) {
    if (!isDateOrTime(c)) {
      return 0;
    }
    for (int i = 0; i + 4 <= c.length(); i++) {
      if (ScanText.isYear(c, i)) {
        return Integer.parseInt(c.substring(i, i + 4));
      }
    }
    return 0;
  }

  private static boolean isSubtitle(String c) {
    char first = c.charAt(0);
    boolean dashed = Character.getType(first) == Character.DASH_PUNCTUATION || first == '─' || first == '(';
    boolean dated = dateYear(c) > 0;
    return (dashed && (dated || W.containsAny("session", c)))
        || (dated && W.containsAny("venue", c) && (W.containsAny("session", c) || digit(first) >= 0));
  }

  // ------------------------------------------------------------------ speaker line

  /** The region named before the office in a speaker line (北京市市长 殷勇 → 北京市), or empty. */
  private Optional<String> speakerRegion(int end) {
    for (int k = 0; k < end; k++) {
      if (roles.get(k) == Role.SPEAKER || roles.get(k) == Role.SUBTITLE) {
        Optional<String> prefix = speaker(norm(k));
        if (prefix.isPresent()) {
          String r = region(prefix.get());
          if (!r.equals(UNNAMED)) {
            return Optional.of(r);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * If {@code c} is (or ends with) a speaker line (省人民政府省长 王清宪, 自治区主席 韦 韬), what comes before the
   * office in it (省人民政府); else empty.
   */
  private static Optional<String> speaker(String c) {
    List<String> offices = new ArrayList<>(W.words("speaker-title"));
    offices.sort((a, b) -> b.length() - a.length());
    for (String office : offices) {
      for (int at = c.indexOf(office); at >= 0; at = c.indexOf(office, at + 1)) {
        String name = c.substring(at + office.length()).strip();
        if (isName(name) && !W.containsAny("title-end", name)) {
          String before = c.substring(0, at);
          int space = before.lastIndexOf(' ');
          return Optional.of(before.substring(space + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isName(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isHan(c) && c != ' ' && c != '·' && c != '•' && !Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ region, years, kind

  /**
   * The region of the first session the text names (2月20日，某市第十四届人民代表大会第五次会议开幕: 某市), or empty: the
   * Han run before 第…届 and a session word.
   */
  private Optional<String> sessionRegion() {
    int end = Math.min(t.length(), BODY_SCAN);
    for (int i = t.indexOf('届'); i >= 0 && i < end; i = t.indexOf('届', i + 1)) {
      String session = W.prefix("session", t.substring(i + 1, Math.min(end, i + 12)));
      int ordinal = t.lastIndexOf('第', i);
      if (session == null || ordinal <= 0 || i - ordinal > 5) {
        continue;
      }
      int r = ordinal;
      while (r > 0 && isHan(t.charAt(r - 1))) {
        r--;
      }
      for (String venue : W.words("venue")) {
        int at = t.lastIndexOf(venue, ordinal - 1);
        r = at > r ? at + venue.length() : r; // …以书面形式向省第十三届: the venue after 向 (向阳区 keeps its 向)
      }
      String region = region(t.substring(r, i + 1));
      if (!region.equals(UNNAMED) && !W.contains("national-name", region)) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }

  /**
   * The region of the first office holder the text names (1月20日，某县人民政府县长李某在作《政府工作报告》时: 某县), or
   * empty: the Han run before a speaker's office.
   */
  private Optional<String> bodySpeakerRegion() {
    int end = Math.min(t.length(), BODY_SCAN);
    for (int i = 0; i < end; i++) {
      String office = W.prefix("speaker-title", t.substring(i, Math.min(end, i + 4)));
      if (office == null || i == 0 || !isHan(t.charAt(i - 1))) {
        continue;
      }
      int r = i;
      while (r > 0 && i - r < 16 && isHan(t.charAt(r - 1))) {
        r--;
      }
      String region = region(t.substring(r, i));
      if (!region.equals(UNNAMED) && !W.contains("national-name", region)) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }

  /** The region a subtitle names after its venue word (——…在安徽省第十四届人民代表大会… → 安徽省), or empty. */
  private static Optional<String> venueRegion(String subtitle) {
    for (String venue : W.words("venue")) {
      for (int at = subtitle.indexOf(venue); at >= 0; at = subtitle.indexOf(venue, at + 1)) {
        String r = region(subtitle.substring(at + venue.length()));
        if (!r.equals(UNNAMED) && !W.contains("national-name", r)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /** The region a title starts with (淄博市2026年…, 2026年安徽省政府工作报告, 关于芜湖市…), or UNNAMED. */
  static String region(String title) {
    String s = withoutLeadingTag(title);
    String start = W.prefix("title-start", s);
    s = start == null ? s : s.substring(start.length());
    String year = s.length() > 5 && ScanText.isYear(s, 0) ? YEAR_SUFFIXES.matchAt(s, 4, s.length()) : null;
    if (year != null) {
      s = s.substring(4 + year.length());
    }
    int limit = Math.min(s.length(), 16);
    for (int i = 1; i < limit; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || W.prefix("government", s.substring(i)) != null) {
        break;
      }
      String level = W.value("region-suffix", String.valueOf(c));
      if (level == null) {
        continue;
      }
      if (level.equals("inner") && i + 1 < s.length()
          && W.value("region-suffix", String.valueOf(s.charAt(i + 1))) != null) {
        continue; // 湖州市, 贵州省: 州 is part of the name
      }
      int endAt = i;
      if (level.equals("city")) {
        for (int j = i + 2; j <= Math.min(i + 4, s.length() - 1); j++) {
          if (!isHan(s.charAt(j)) || W.prefix("government", s.substring(i + 1)) != null) {
            break;
          }
          if (W.contains("district-suffix", String.valueOf(s.charAt(j)))) {
            endAt = j; // 武汉市江夏区: a district or county of the city
            break;
          }
        }
      }
      String r = s.substring(0, endAt + 1);
      if (!W.contains("generic-region", r)) {
        return r;
      }
    }
    for (String[] e : W.entries("national")) {
      if (e[1].equals("starts") ? s.startsWith(e[0]) : s.contains(e[0])) {
        return W.words("national-name").get(0);
      }
    }
    return UNNAMED;
  }

  private static Plan.Kind kind(String title) {
    String words = CharMatcher.whitespace().removeFrom(title); // 政 府 工 作 报 告: a title spaced out
    for (String[] e : W.entries("title-kind")) {
      boolean all = true;
      for (String w : Splitter.on('+').split(e[0])) {
        all &= words.contains(w);
      }
      if (all) {
        return Plan.Kind.valueOf(e[1]);
      }
    }
    return Plan.Kind.ANNUAL_PLAN;
  }

  /** {@code s} without a bracketed tag it starts with: a news item's source (【某某新闻】广东省…). */
  private static String withoutLeadingTag(String s) {
    int close = s.startsWith("【") ? s.indexOf('】') : -1;
    return close > 0 ? s.substring(close + 1) : s;
  }

  /** The earliest and the latest year a title names ({min, max}, 0 if none). */
  private static int[] titleYears(String title) {
    int max = 0;
    int min = 0;
    for (int i = 0; i + 5 <= title.length(); i++) {
      if (ScanText.isYear(title, i) && yearSuffixAt(title, i + 4)) {
        int y = Integer.parseInt(title.substring(i, i + 4));
        max = Math.max(max, y);
        min = min == 0 ? y : Math.min(min, y);
      }
    }
    return new int[] {min, max};
  }

  /**
   * True if the words after a title's latest year report that year's results and name no document (《政府工作报告》摘要：2021年
   * 全县…目标任务高质量全面完成): a news headline on the year the report reviews, not the plan's title.
   */
  private static boolean resultHeadline(String title) {
    for (int i = title.length() - 5; i >= 0; i--) {
      if (ScanText.isYear(title, i) && yearSuffixAt(title, i + 4)) {
        String after = title.substring(i + 4);
        return W.containsAny("result-headline", after) && !W.containsAny("title-end", after);
      }
    }
    return false;
  }

  /**
   * True if a work report's title names one year and the body's first year opens a sentence with it (2019年梨树县政府
   * 工作报告 … 过去一年政府工作成效显著 / 2019年，是我县…的一年): a reprint titled by the year the report reviews, for
   * a work report reviews the year before its own.
   */
  private boolean reviewsTitleYear(String title, int[] fromTitle, Optional<String> subtitleNorm, int end) {
    if (fromTitle[1] == 0 || fromTitle[0] != fromTitle[1] || kind(title) != Plan.Kind.WORK_REPORT
        || subtitleNorm.map(FrameReader::dateYear).orElse(0) > 0) {
      return false;
    }
    int start = bodyStart(end);
    int stop = Math.min(t.length(), start + BODY_SCAN);
    for (int i = start; i + 5 <= stop; i++) {
      if (ScanText.isYear(t, i) && yearSuffixAt(t, i + 4)) {
        return Integer.parseInt(t.substring(i, i + 4)) == fromTitle[1] && opensSentence(i, start);
      }
    }
    return false;
  }

  /** The last year of the five-year plan a title names (第十五个五年规划 → 2030), or 0. */
  private static int fiveYearPlanEnd(String title) {
    for (String marker : W.words("five-year-plan")) {
      int at = title.indexOf(marker);
      if (at < 0) {
        continue;
      }
      int n = planNumber(title, at);
      if (n >= 3) {
        return firstYear(n) + 4;
      }
    }
    return 0;
  }

  /** The number of the five-year plan whose marker starts at {@code at} (第十五个五年规划 → 15), or 0. */
  private static int planNumber(String s, int at) {
    int[] n = HeadingLabel.chinese(s, Math.max(0, at - 4), at, Vocabulary.standard());
    for (int from = Math.max(0, at - 5); n == null && from < at; from++) {
      n = HeadingLabel.chinese(s, from, at, Vocabulary.standard());
      if (n != null && n[1] != at && !(n[1] + 1 == at && W.contains("five-year-count", s.substring(n[1], at)))) {
        n = null;
      }
    }
    return n == null ? 0 : n[0];
  }

  /** The first year of the {@code n}th five-year plan (the third began in 1966; the fifteenth, 2026). */
  static int firstYear(int n) {
    return 1966 + 5 * (n - 3);
  }

  /**
   * The year a session dated in {@code s} plans for: the date's year, or the next one for a session held in December
   * (——2022年12月11日在某市…会议上: the report on 2022 and the plan for 2023); 0 if {@code s} has no date.
   */
  static int sessionYear(String s) {
    int i = dateAt(s);
    if (i < 0) {
      return 0;
    }
    int y = yearAt(s, i);
    return s.startsWith("12", i + 5) || s.startsWith("十二", i + 5) ? y + 1 : y;
  }

  /** The year of a date (2026年1月27日, 二〇二六年一月二十七日) in {@code s}, or 0. */
  static int dateYear(String s) {
    int i = dateAt(s);
    return i < 0 ? 0 : yearAt(s, i);
  }

  private static int yearAt(String s, int i) {
    int y = 0;
    for (int k = i; k < i + 4 && y >= 0; k++) {
      int d = digit(s.charAt(k));
      y = d < 0 ? -1 : y * 10 + d;
    }
    return y;
  }

  /** Where the first date's year (a year followed by a month) starts in {@code s}, or -1. */
  private static int dateAt(String s) {
    for (int i = 0; i + 5 <= s.length(); i++) {
      if (!yearSuffixAt(s, i + 4) || (i > 0 && digit(s.charAt(i - 1)) >= 0)) {
        continue;
      }
      int y = yearAt(s, i);
      if (y >= 1950 && y <= 2100 && i + 6 <= s.length() && (digit(s.charAt(i + 5)) >= 0 || s.charAt(i + 5) == '十')) {
        return i; // a year followed by a month
      }
    }
    return -1;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return Lexicon.standard().entry(Lexicon.Table.NUMERALS, String.valueOf(c))
        .filter(e -> e.get("type").equals("digit")).map(e -> Integer.parseInt(e.get("value"))).orElse(-1);
  }

  /**
   * The plan year as the text tells it: a year followed by a plan-year cue (2026年主要预期目标), else this year as
   * a phase of a five-year plan (今年是“十五五”开局之年), else the year after a year followed by a base-year cue
   * (2025年工作回顾), else the year after the latest year that opens a sentence (2024年，全市…: a report on that
   * year); 0 if none. The space of 2025 年工作回顾 is gone from the normalised text ({@link SourceText}).
   */
  private int bodyPlanYear(int from) {
    int start = bodyStart(from);
    int end = Math.min(t.length(), start + BODY_SCAN);
    int base = 0;
    int opened = 0;
    for (int i = start; i + 5 <= end; i++) {
      if (ScanText.isYear(t, i) && yearSuffixAt(t, i + 4)) {
        int y = Integer.parseInt(t.substring(i, i + 4));
        if (W.prefix("plan-year-cue", t.substring(i + 5, Math.min(end, i + 25))) != null
            || clauseCue("plan-year-cue", i + 5, end)) {
          return y;
        }
        if (base == 0 && (W.prefix("base-year-cue", t.substring(i + 5, Math.min(end, i + 25))) != null
            || clauseCue("base-year-cue", i + 5, end))) {
          base = y + 1;
        }
        if (opensSentence(i, start)) {
          opened = Math.max(opened, y + 1);
        }
      }
      String thisYear = W.prefix("this-year", t.substring(i, Math.min(end, i + 4)));
      if (thisYear != null) {
        int after = i + thisYear.length();
        int y = phaseYear(t.substring(after, Math.min(end, after + 16)));
        if (y > 0) {
          return y;
        }
        if (after + 6 <= end && isOpenBracket(t.charAt(after)) && ScanText.isYear(t, after + 1)
            && yearSuffixAt(t, after + 5)) {
          return Integer.parseInt(t.substring(after + 1, after + 5)); // 今年（2024年）: the year said in brackets
        }
      }
    }
    return base > 0 ? base : opened >= postingYear ? opened : 0; // a page posted later: an old year opened it
  }

  /**
   * True if a cue of {@code role} that may stand later in its year's clause (value {@code clause}) does so within
   * {@link #CLAUSE_CUE_REACH} chars from {@code from}, before any other number: 2018年某区经济社会发展的主要预期目标是,
   * 2024年某省国民经济和社会发展计划执行情况. After a year set off by a comma, the cue must announce what follows (an
   * announcement word right after it): 2025年，全市经济社会发展主要预期目标是, not 2025年，全市主要预期目标全面完成.
   */
  private boolean clauseCue(String role, int from, int end) {
    boolean setOff = from < end && isComma(t.charAt(from));
    int a = setOff ? from + 1 : from;
    for (int j = a; j < Math.min(end, a + CLAUSE_CUE_REACH); j++) {
      char c = t.charAt(j);
      if (ScanText.isSentenceEnd(c) || isComma(c) || c == '：' || c == ':' || ScanText.isDigit(c)) {
        return false; // 2024年计划执行情况与2025年…计划草案: the cue belongs to the later year
      }
      String cue = W.prefix(role, t.substring(j, Math.min(end, j + 20)));
      if (cue != null && "clause".equals(W.value(role, cue)) && (!setOff
          || W.prefix("announcement", t.substring(j + cue.length(), Math.min(end, j + cue.length() + 2))) != null)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComma(char c) {
    return c == '，' || c == ',';
  }

  private static boolean isOpenBracket(char c) {
    return c == '（' || c == '(';
  }

  /** True if {@code i} starts a line's text or follows a sentence's end. */
  private boolean opensSentence(int i, int start) {
    int k = i;
    while (k > start && t.charAt(k - 1) == ' ') {
      k--;
    }
    return k == start || ScanText.isSentenceEnd(t.charAt(k - 1));
  }

  /** Where the body starts: the start of line {@code from}, the line after the frame. */
  private int bodyStart(int from) {
    return from < src.lineCount() ? src.lineStart(from) : t.length();
  }

  /** The year a phrase such as 是“十五五”开局之年 names, or 0. */
  private static int phaseYear(String s) {
    for (String[] phase : W.entries("phase")) {
      int at = s.indexOf(phase[0]);
      if (at < 0) {
        continue;
      }
      int e = at;
      while (e > 0 && !isHan(s.charAt(e - 1))) {
        e--; // the closing quote of “十五五”
      }
      int n = 0;
      String marker = W.suffix("five-year-plan", s.substring(0, e));
      if (marker != null) {
        n = planNumber(s, e - marker.length());
      } else if (e > 1) {
        for (int from = 0; from < e - 1 && n == 0; from++) {
          int[] m = HeadingLabel.chinese(s, from, e - 1, Vocabulary.standard()); // “十五五”: the plan's number and 五
          n = m != null && m[1] == e - 1 && isFive(s.charAt(e - 1)) ? m[0] : 0;
        }
      }
      if (n >= 3) {
        return firstYear(n) + Integer.parseInt(phase[1]);
      }
    }
    return 0;
  }

  private static boolean isFive(char c) {
    return digit(c) == 5;
  }

  // ------------------------------------------------------------------ helpers

  private static boolean endsTitle(String s) {
    return W.suffix("title-end", s) != null;
  }

  /**
   * True if {@code line} reads as a document's title: it names a year and ends with a title's last word (某市2023年
   * 国民经济和社会发展计划: the plan's own title under the notice that issues it).
   */
  static boolean isDocumentTitle(String line) {
    return endsTitle(line) && titleYears(line)[1] > 0;
  }

  private int firstLine(int end, Role role) {
    for (int k = 0; k < end; k++) {
      if (roles.get(k) == role) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The title a joined text starts with (某市2025年国民经济和社会发展计划 一、…: a PDF copy in one line): its first
   * words up to a title's last word and a space, if they read as a document's title; or null.
   */
  private @Nullable String leadingTitle() {
    int k = firstTextLine();
    if (k < 0) {
      return null;
    }
    int s = contentStart(k);
    int e = Math.min(contentEnd(k), s + FIRST_WORDS);
    for (int j = s + 1; j < e; j++) {
      String prefix = t.substring(s, j);
      if ((t.charAt(j) == ' ' || Character.isWhitespace(src.original().charAt(src.originalIndex(j) - 1)))
          && isDocumentTitle(prefix)) {
        return Importer.clean(src.originalSlice(s, j));
      }
    }
    return null;
  }

  private String firstText() {
    int k = firstTextLine();
    if (k < 0) {
      return settings.document();
    }
    String line = line(k);
    return line.length() > FIRST_WORDS ? line.substring(0, FIRST_WORDS) : line;
  }

  /** The first line that is neither blank nor a markup element, or -1. */
  private int firstTextLine() {
    for (int k = 0; k < src.lineCount(); k++) {
      String line = line(k);
      if (!line.isEmpty() && !isMarkup(line)) {
        return k;
      }
    }
    return -1;
  }

  private Position titlePosition(int titleLine) {
    if (titleLine >= 0) {
      return src.position(contentStart(titleLine));
    }
    for (int k = 0; k < src.lineCount(); k++) {
      if (!line(k).isEmpty()) {
        return src.position(contentStart(k));
      }
    }
    return Position.of(1, 1);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }

  /** Line {@code k} as read: traditional characters simplified, without spaces at its ends. */
  private String line(int k) {
    return Importer.clean(src.originalSlice(contentStart(k), contentEnd(k)));
  }

  /** Line {@code k} normalised, without spaces at its ends. */
  private String norm(int k) {
    return Importer.clean(t.substring(contentStart(k), contentEnd(k)));
  }

  /** Line {@code k} as written, without spaces at its ends. */
  private String written(int k) {
    return src.original().substring(src.originalIndex(contentStart(k)), src.originalIndex(contentEnd(k))).strip();
  }

  private int contentStart(int k) {
    int i = src.lineStart(k);
    int e = src.lineEnd(k);
    while (i < e && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private int contentEnd(int k) {
    int s = contentStart(k);
    int e = src.lineEnd(k);
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** True if a year suffix (年) starts at {@code at} of {@code s}. */
  private static boolean yearSuffixAt(String s, int at) {
    return YEAR_SUFFIXES.matchAt(s, at, s.length()) != null;
  }

  private static boolean isColon(char c) {
    return c == '：' || c == ':';
  }

  private static int colon(String c) {
    int a = c.indexOf('：');
    int b = c.indexOf(':');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static boolean allHan(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The lexicon's frame words, by role, in file order: {word, value}. */
  static final class FrameWords {
    private final Map<String, List<String[]>> byRole = new HashMap<>();

    static FrameWords of(Lexicon lexicon) {
      FrameWords w = new FrameWords();
      for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.FRAME_WORDS)) {
        w.byRole.computeIfAbsent(e.get("role"), k -> new ArrayList<>()).add(new String[] {e.word(), e.get("value")});
      }
      return w;
    }

    List<String[]> entries(String role) {
      return byRole.getOrDefault(role, List.of());
    }

    /** The first word of {@code role} whose value is {@code value}. */
    String word(String role, String value) {
      return entries(role).stream().filter(e -> e[1].equals(value)).map(e -> e[0]).findFirst().orElseThrow(
          () -> new IllegalStateException("lexicon table FRAME_WORDS: no " + role + " of value " + value));
    }

    List<String> words(String role) {
      return entries(role).stream().map(e -> e[0]).toList();
    }

    boolean contains(String role, String word) {
      return value(role, word) != null;
    }

    @Nullable String value(String role, String word) {
      for (String[] e : entries(role)) {
        if (e[0].equals(word)) {
          return e[1];
        }
      }
      return null;
    }

    boolean containsAny(String role, String s) {
      return entries(role).stream().anyMatch(e -> e[0].split("\\+").length > 1
          ? java.util.Arrays.stream(e[0].split("\\+")).allMatch(s::contains) : s.contains(e[0]));
    }

    boolean startsWithAny(String role, String s) {
      return prefix(role, s) != null;
    }

    boolean endsWithAny(String role, String s) {
      return suffix(role, s) != null;
    }

    /** The longest word of {@code role} that {@code s} starts with, or null. */
    @Nullable String prefix(String role, String s) {
      String best = null;
      for (String[] e : entries(role)) {
        if (s.startsWith(e[0]) && (best == null || e[0].length() > best.length())) {
          best = e[0];
        }
      }
      return best;
    }

    /** The longest word of {@code role} that {@code s} ends with, or null. */
    @Nullable String suffix(String role, String s) {
      String best = null;
      for (String[] e : entries(role)) {
        if (s.endsWith(e[0]) && (best == null || e[0].length() > best.length())) {
          best = e[0];
        }
      }
      return best;
    }
  }
}
