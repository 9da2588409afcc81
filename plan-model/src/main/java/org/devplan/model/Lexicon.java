package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every word devplan reads, as data: qualifiers, change and level verbs, hedges, magnitudes, numerals, ratio words,
 * units, time and period words, absent words, qualitative wordings, list markers, comparable-price names, heading
 * schemes and the importer's and the calculations' word lists. The model's grammar ({@link Bound#parse},
 * {@link Quantity#parse}), the text importer and the calculations all ask a lexicon; none keeps a list of its own.
 * Immutable and thread-safe.
 *
 * <p>The standard lexicon is read from one resource file per {@link Table}, {@code org/devplan/model/lexicon/NAME.tsv},
 * all in one format: UTF-8, one entry a line, cells separated by a TAB, the first cell the word; {@code #} starts a
 * comment line; blank lines are ignored; the first non-comment line names the columns and must equal the table's
 * {@link Table#columns()}. A new wording is one line in one of these files, or, at run time, one call of
 * {@link Builder#add}:
 *
 * <pre>{@code
 * Lexicon mine = Lexicon.standard().toBuilder()
 *     .add(Lexicon.Table.QUALIFIERS, "不少于等于", "prefix", "AT_LEAST", "strong")
 *     .build();
 * Bound.parse("不少于等于5%", mine).kind();      // AT_LEAST
 * mine.words(Lexicon.Table.HEDGES).contains("力争"); // true
 * }</pre>
 *
 * @since 0.1
 */
public final class Lexicon {
  /** The tables of a lexicon, each with its columns (the first is always the word). */
  public enum Table {
    /**
     * Qualifier words before ({@code prefix}) or after ({@code suffix}) a figure; a {@code weak} or {@code verb} prefix
     * gives way to a suffix, and a {@code verb} prefix (达到) is the statement's verb for the importer.
     */
    QUALIFIERS("word", "position", "kind", "strength"),
    /** Verbs of change before a figure, with the sign they give it ({@code +} or {@code -}). */
    CHANGE_VERBS("word", "sign"),
    /** Words of a function in a statement, by role: change leads, list markers, range separators, 余 and 多 … */
    MARKERS("word", "role"),
    /** Magnitudes written inside a unit or a numeral, with their power of ten. */
    MAGNITUDES("word", "exponent"),
    /** Chinese numeral characters: digits ({@code digit}) and the units 十 百 千 ({@code unit}), with their value. */
    NUMERALS("word", "type", "value"),
    /** Figures written as words that stand for a number in a unit (六成 = 60 %, 一半 = 50 %, 两位数 = 10 %). */
    RATIO_WORDS("word", "type", "factor", "unit", "kind"),
    /** Units: symbol, the base it converts to, the power of ten, its {@link Dimension}, whether prose uses it. */
    UNITS("word", "base", "exponent", "dimension", "narrative"),
    /** Words that leave a bound without a figure, with the {@link Bound.AbsentReason}. */
    ABSENT_WORDS("word", "reason"),
    /** Qualitative wordings and comparatives that are a target or a result without a figure. */
    QUALITATIVE("word", "reads"),
    /** Hedges before a target (力争, 争取, 确保) and the hedging sentences after one. */
    HEDGES("word"),
    /** Verbs that introduce a level (达到, 提高到, 为). */
    LEVEL_VERBS("word"),
    /** Words that look like a qualifier's start but are not one (节约, 签约). */
    NOT_QUALIFIERS("word"),
    /** Time and period words with what they refer to ({@code plan}, {@code base}, {@code period} …). */
    TIME_WORDS("word", "refers"),
    /** Names of indicators whose growth is stated at comparable prices, as name endings. */
    COMPARABLE_PRICES("word"),
    /** Heading schemes: the counter word after 第N and the {@link Chapter.Numbering}; {@code @} marks annex labels. */
    HEADINGS("word", "numbering"),
    /** Words of a chapter title that say its figures are results ({@code actual}) or aims ({@code target}). */
    CHAPTER_CONTEXT("word", "kind"),
    /** Verbs of action in a task (建设, 打造) that never start an indicator's name. */
    ACTION_VERBS("word"),
    /** Subjects too generic to name an indicator alone (总数, 总量), given the sentence's subject as a prefix. */
    GENERIC_SUBJECTS("word"),
    /** Heads of a list of subjects (产业规模) that the last member lends to the others. */
    LIST_HEADS("word"),
    /** Words trimmed from the start of a subject (全市, 全年). */
    SUBJECT_TRIM("word"),
    /**
     * Words that name two subjects at once, with the words for each, {@code |} between them: 城乡居民人均可支配收入分别…
     * is 城镇居民… and 农村居民….
     */
    PAIRED_WORDS("word", "parts"),
    /** Names of one indicator: each entry names its group, the first name of the group. */
    ALIASES("word", "group"),
    /** Prefixes and suffixes that linking ignores when it compares names. */
    LINK_NORMALISE("word", "position"),
    /** Name endings that say what an indicator in % measures, with the {@link Indicator.Measure}. */
    MEASURES("word", "measure"),
    /** Readings of a comparison sign that a table's notes may define: the sign, the defining word, the kind. */
    NOTE_SIGNS("word", "sign", "kind"),
    /** Name endings that say what an indicator measures, with the dimensions its unit may have. */
    DIMENSION_RULES("word", "dimensions"),
    /** Words of an indicator table's header cells, by use and role, with how they match a cell. */
    TABLE_HEADERS("word", "use", "role", "match", "max"),
    /** Words of a figure column's header that say whether it holds actuals or targets, and estimates. */
    COLUMN_KINDS("word", "kind", "undated", "estimate"),
    /**
     * Words of a copied page's furniture, a title, a subtitle, a speaker line or a body phrase, by role, that frame a
     * document (tell its title, region and years), with a value where the role needs one.
     */
    FRAME_WORDS("word", "role", "value"),
    /**
     * Canonical indicators ({@link Concept}): the code as the word, labels, {@link Concept.Measure}, {@link Dimension},
     * preferred unit and the name variants that denote it, {@code |} between them.
     */
    CONCEPTS("word", "label_zh", "label_en", "measure", "dimension", "unit", "variants"),
    /** Phrases that introduce a plan's main-targets statement (主要预期目标是：…). */
    MAIN_TARGETS("word"),
    /**
     * Nouns of people and households that make a number with a magnitude and no unit a figure: 13.2万脱贫人口 is a
     * figure 13.2万 of 脱贫人口.
     */
    COUNTED_NOUNS("word"),
    /**
     * What a number that no figure was read from is, by the words around it: a pattern with {@code …} where the
     * number stands ({@code 第…届}, {@code …年}, {@code 连续…年}, {@code […]}) or a literal in which every number is
     * one thing ({@code 十四五}), with the reason reported for it and a condition ({@code any}; {@code year}: the
     * number is a year; {@code before-name}: the pattern follows the figure's unit and a name follows it).
     */
    NUMBER_CONTEXTS("word", "reason", "condition");

    private final ImmutableList<String> columns;

    Table(String... columns) {
      this.columns = ImmutableList.copyOf(columns);
    }

    /** The column names, the word first. */
    public ImmutableList<String> columns() {
      return columns;
    }

    /** The resource name of the standard table, relative to {@code org/devplan/model/lexicon/}. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".tsv";
    }
  }

  /** One entry of a table: the word and the table's other cells. Immutable. */
  public static final class Entry {
    private final Table table;
    private final ImmutableList<String> cells;

    Entry(Table table, ImmutableList<String> cells) {
      this.table = table;
      this.cells = cells;
    }

    /** The table the entry belongs to. */
    public Table table() {
      return table;
    }

    /** The word. */
    public String word() {
      return cells.get(0);
    }

    /**
     * The cell of {@code column}.
     *
     * @throws IllegalArgumentException if the table has no such column
     */
    public String get(String column) {
      int i = table.columns.indexOf(column);
      checkArgument(i >= 0, "lexicon table %s has no column %s (columns: %s)", table, column, table.columns);
      return cells.get(i);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && e.table == table && e.cells.equals(cells);
    }

    @Override
    public int hashCode() {
      return Objects.hash(table, cells);
    }

    @Override
    public String toString() {
      return table + String.join("\t", cells);
    }
  }

  private static final String BASE = "/org/devplan/model/lexicon/";
  private static final Lexicon STANDARD = loadStandard();

  private final ImmutableMap<Table, ImmutableList<Entry>> tables;
  private final Map<Table, Words> words = new EnumMap<>(Table.class);
  private final Map<Table, Map<String, Entry>> byWord = new EnumMap<>(Table.class);
  private final Map<Table, CharMap<Entry>> byChar = new EnumMap<>(Table.class);
  private final Map<String, Words> subsets = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile @Nullable BoundGrammar grammar; // made on first use
  private volatile @Nullable ImmutableMap<String, Unit> units;

  private Lexicon(Map<Table, ImmutableList<Entry>> tables) {
    this.tables = ImmutableMap.copyOf(tables);
    for (Table t : Table.values()) {
      words.put(t, new Words(entries(t).stream().map(Entry::word).toList()));
      Map<String, Entry> last = new HashMap<>();
      Map<Character, Entry> lastChar = new HashMap<>();
      for (Entry e : entries(t)) {
        last.put(e.word(), e);
        if (e.word().length() == 1) {
          lastChar.put(e.word().charAt(0), e);
        }
      }
      byWord.put(t, last);
      byChar.put(t, new CharMap<>(lastChar));
    }
  }

  /** The lexicon shipped with devplan. */
  public static Lexicon standard() {
    return STANDARD;
  }

  /** A builder starting from this lexicon's entries. */
  public Builder toBuilder() {
    return new Builder(tables);
  }

  /** The entries of {@code table}, in file order. */
  public ImmutableList<Entry> entries(Table table) {
    return requireNonNull(tables.get(table), table.name()); // every table is read, empty or not
  }

  /** The words of {@code table}. */
  public Words words(Table table) {
    return requireNonNull(words.get(table), table.name());
  }

  /**
   * The words of {@code table} whose {@code column} holds {@code value}, such as the qualifiers in prefix position.
   *
   * @throws IllegalArgumentException if the table has no such column
   */
  public Words words(Table table, String column, String value) {
    checkArgument(table.columns.contains(column), "lexicon table %s has no column %s (columns: %s)", table, column,
        table.columns);
    return subsets.computeIfAbsent(table + "\t" + column + "\t" + value, k -> new Words(
        entries(table).stream().filter(e -> e.get(column).equals(value)).map(Entry::word).toList()));
  }

  /** The entry of {@code word} in {@code table}; the last one where a word is listed twice. */
  public Optional<Entry> entry(Table table, String word) {
    return Optional.ofNullable(word.length() == 1 ? requireNonNull(byChar.get(table)).get(word.charAt(0))
        : requireNonNull(byWord.get(table)).get(word));
  }

  /**
   * The number written at {@code start} of {@code text} (Arabic digits, full-width or not, with thousands separators
   * and a sign; or Chinese numerals below 万, 二〇二六 positionally), or empty where none starts there. This is
   * devplan's one numeral reader.
   *
   * @throws PlanFormatException for a malformed or oversized number
   */
  public Optional<Numeral> numeral(String text, int start) {
    Numerals.Read r = grammar().numerals().read(text, start);
    return r == null ? Optional.empty() : Optional.of(new Numeral(r.value(), start, r.end()));
  }

  /** A number read from text, with the char indices it spans. */
  public record Numeral(BigDecimal value, int start, int end) {}

  /** True if {@code cp} is a Chinese numeral character of this lexicon (digit or 十 百 千). */
  public boolean isChineseNumeral(int cp) {
    return grammar().numerals().isChineseNumeral(cp);
  }

  BoundGrammar grammar() {
    BoundGrammar g = grammar;
    if (g == null) {
      g = new BoundGrammar(this);
      grammar = g;
    }
    return g;
  }

  ImmutableMap<String, Unit> unitRegistry() {
    ImmutableMap<String, Unit> u = units;
    if (u == null) {
      u = Unit.registry(entries(Table.UNITS));
      units = u;
    }
    return u;
  }

  private static Lexicon loadStandard() {
    Map<Table, ImmutableList<Entry>> tables = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      tables.put(t, read(t));
    }
    return new Lexicon(tables);
  }

  private static ImmutableList<Entry> read(Table table) {
    String name = BASE + table.fileName();
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("lexicon resource " + name + " is missing from the class path");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split("\t", -1));
        if (header) {
          if (!cells.equals(table.columns)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s:%d: header %s, expected %s", name,
                lineNo, cells, table.columns));
          }
          header = false;
          continue;
        }
        try {
          entries.add(entry(table, cells));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(name + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableList.copyOf(entries);
  }

  private static Entry entry(Table table, List<String> cells) {
    checkArgument(cells.size() == table.columns.size(), "lexicon table %s: entry %s has %s cells, expected %s (%s)",
        table, cells, cells.size(), table.columns.size(), table.columns);
    checkArgument(!cells.get(0).isEmpty() && cells.get(0).strip().equals(cells.get(0)),
        "lexicon table %s: word \"%s\" must be non-empty without surrounding white space", table, cells.get(0));
    for (String c : cells) {
      checkArgument(c.indexOf('\t') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0,
          "lexicon table %s: cell \"%s\" must not contain a TAB or a line break", table, c);
    }
    return new Entry(table, ImmutableList.copyOf(cells));
  }

  /**
   * Builds a {@link Lexicon} from another one's entries, adding and removing entries. Not thread-safe.
   */
  public static final class Builder {
    private final Map<Table, List<Entry>> tables = new EnumMap<>(Table.class);

    Builder(Map<Table, ImmutableList<Entry>> from) {
      from.forEach((t, list) -> tables.put(t, new ArrayList<>(list)));
    }

    /**
     * Adds an entry: the word and the table's other cells, in {@link Table#columns()} order.
     *
     * @throws IllegalArgumentException if the number of cells does not fit the table, or the word is blank
     */
    public Builder add(Table table, String word, String... cells) {
      List<String> all = new ArrayList<>(cells.length + 1);
      all.add(word);
      all.addAll(List.of(cells));
      requireNonNull(tables.get(table)).add(entry(table, all));
      return this;
    }

    /** Removes every entry of {@code word} from {@code table}. */
    public Builder remove(Table table, String word) {
      requireNonNull(tables.get(table)).removeIf(e -> e.word().equals(word));
      return this;
    }

    private Map<Table, ImmutableList<Entry>> snapshot() {
      Map<Table, ImmutableList<Entry>> m = new LinkedHashMap<>();
      tables.forEach((t, list) -> m.put(t, ImmutableList.copyOf(list)));
      return m;
    }

    /**
     * The lexicon.
     *
     * @throws IllegalArgumentException if an entry's cells do not read (a kind, a sign or a number that is not one)
     */
    public Lexicon build() {
      Lexicon l = new Lexicon(snapshot());
      l.grammar();
      l.unitRegistry();
      return l;
    }
  }
}
