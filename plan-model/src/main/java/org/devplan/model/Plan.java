package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A development plan: what kind of document it is, for which region and year, where its text comes from, its
 * chapter tree and its indicators with every figure it states. The whole graph is immutable and thread-safe.
 *
 * <pre>{@code
 * Plan plan = new Plan.Builder()
 *     .id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
 *     .region(Region.of("淄博市")).planYear(2026)
 *     .source(Source.of("淄博市2026年国民经济和社会发展计划"))
 *     .addIndicator(revenue)
 *     .build();
 * plan.baseYear();                                  // 2025
 * plan.indicatorByName("一般公共预算收入");          // Optional[revenue]
 * plan.indicatorByCode("general-budget-revenue");   // Optional[revenue]
 * plan.observation("revenue-2026");                 // Optional[the 2026 target]
 * plan.allChapters().count();                       // 0
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Plan implements WithPlan {
  Plan() {}

  /** The kind of document. */
  public enum Kind {
    /** An annual 国民经济和社会发展计划 (as issued, or without a report frame). */
    ANNUAL_PLAN,
    /** A 计划执行情况与计划草案的报告 read to the people's congress. */
    PLAN_EXECUTION_REPORT,
    /** A 政府工作报告 with a targets section. */
    WORK_REPORT,
    /** A five-year plan outline (规划纲要) or its review. */
    FIVE_YEAR_OUTLINE
  }

  /** Identifier, e.g. {@code zibo-2026}: letters, digits, {@code - _ .}. */
  public abstract String id();

  /** The plan's title as written. */
  public abstract String title();

  /** The kind of document. */
  public abstract Kind kind();

  /** The region it is for. */
  public abstract Region region();

  /**
   * How the region was found: {@code STATED} by the title or the caller, {@code INFERRED} from the subtitle, the
   * speaker line or the text, {@code NONE} if nothing names it; {@code STATED} by default.
   */
  @Value.Default
  public Evidence regionEvidence() {
    return Evidence.STATED;
  }

  /** The year it plans for. */
  public abstract int planYear();

  /**
   * How the plan year was found: {@code STATED} by the title or the caller, {@code INFERRED} from the subtitle's
   * date or the text; {@code STATED} by default.
   */
  @Value.Default
  public Evidence planYearEvidence() {
    return Evidence.STATED;
  }

  /** The year whose results it reports; by default the year before the plan year. */
  @Value.Default
  public int baseYear() {
    return planYear() - 1;
  }

  /**
   * How the base year was found: {@code STATED} by the title (a report naming 2025 and 2026) or the caller,
   * {@code INFERRED} as the year before the plan year or from the text; {@code STATED} by default.
   */
  @Value.Default
  public Evidence baseYearEvidence() {
    return Evidence.STATED;
  }

  /** Where its text comes from. */
  public abstract Source source();

  /** The top chapters, in document order. */
  public abstract ImmutableList<Chapter> chapters();

  /** The indicators, in order of first mention (annex rows first). */
  public abstract ImmutableList<Indicator> indicators();

  /** The imported text's spans, in order, partitioning the decoded text; empty for a plan built in code. */
  public abstract ImmutableList<Span> spans();

  /** Every chapter, depth-first in document order. */
  public final Stream<Chapter> allChapters() {
    return chapters().stream().flatMap(Chapter::selfAndDescendants);
  }

  /** Every task, in document order. */
  public final Stream<Task> allTasks() {
    return allChapters().flatMap(c -> c.tasks().stream());
  }

  /** Every observation of every indicator, indicator by indicator. */
  public final Stream<Observation> allObservations() {
    return indicators().stream().flatMap(i -> i.observations().stream());
  }

  /** The chapter at {@code path} ({@code 3.2.1}). */
  public final Optional<Chapter> chapter(String path) {
    ImmutableList<Chapter> level = chapters();
    Chapter found = null;
    for (int from = 0, to; from <= path.length(); from = to + 1) {
      to = path.indexOf('.', from);
      to = to < 0 ? path.length() : to;
      int n;
      try {
        n = Integer.parseInt(path, from, to, 10);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (n < 1 || n > level.size()) {
        return Optional.empty();
      }
      found = level.get(n - 1);
      level = found.children();
    }
    return Optional.ofNullable(found);
  }

  /** The indicator whose code is {@code code} (codes are unique in a plan; compared with {@code String.equals}). */
  public final Optional<Indicator> indicatorByCode(String code) {
    return Optional.ofNullable(indicatorsByCode().get(code));
  }

  /**
   * The first indicator, in plan order, whose name is {@code name} exactly as written ({@code String.equals}: no
   * trimming, no case or width folding, aliases not consulted).
   */
  public final Optional<Indicator> indicatorByName(String name) {
    return Optional.ofNullable(indicatorsByName().get(name));
  }

  /** The first indicator, in plan order, one of whose aliases is {@code alias} exactly as written. */
  public final Optional<Indicator> indicatorByAlias(String alias) {
    return Optional.ofNullable(indicatorsByAlias().get(alias));
  }

  /** The observation with id {@code id} (ids are unique in a plan). */
  public final Optional<Observation> observation(String id) {
    return Optional.ofNullable(observationsById().get(id));
  }

  /** The indicator {@code observation} belongs to: the one holding an observation equal to it. */
  public final Optional<Indicator> indicatorOf(Observation observation) {
    return observation(observation.id()).filter(observation::equals)
        .map(o -> indicatorsByObservationId().get(o.id()));
  }

  @Value.Lazy
  ImmutableMap<String, Indicator> indicatorsByCode() {
    return Maps.uniqueIndex(indicators(), Indicator::code);
  }

  @Value.Lazy
  ImmutableMap<String, Indicator> indicatorsByName() {
    return firstBy(indicators().stream().map(i -> Map.entry(i.name(), i)));
  }

  @Value.Lazy
  ImmutableMap<String, Indicator> indicatorsByAlias() {
    return firstBy(indicators().stream().flatMap(i -> i.aliases().stream().map(a -> Map.entry(a, i))));
  }

  @Value.Lazy
  ImmutableMap<String, Observation> observationsById() {
    return Maps.uniqueIndex(allObservations().iterator(), Observation::id);
  }

  @Value.Lazy
  ImmutableMap<String, Indicator> indicatorsByObservationId() {
    return firstBy(indicators().stream().flatMap(i -> i.observations().stream().map(o -> Map.entry(o.id(), i))));
  }

  /** The entries' keys, each with the value of its first entry. */
  private static <V> ImmutableMap<String, V> firstBy(Stream<Map.Entry<String, V>> entries) {
    Map<String, V> first = new LinkedHashMap<>();
    entries.forEach(e -> first.putIfAbsent(e.getKey(), e.getValue()));
    return ImmutableMap.copyOf(first);
  }

  /**
   * A one-line summary, not the whole graph (a plan's full text runs to hundreds of kilobytes; {@code var plan = …}
   * in JShell prints this): {@code Plan[zibo-2026-plan: 淄博市2026年…计划, 淄博市, 2026; 12 chapters, 57 indicators,
   * 360 observations]}. Use {@code PlanJson.codec().formatToString(plan)} for everything.
   */
  @Override
  public final String toString() {
    return "Plan[" + id() + ": " + title() + ", " + region().name() + ", " + planYear() + "; "
        + allChapters().count() + " chapters, " + indicators().size() + " indicators, "
        + allObservations().count() + " observations]";
  }

  @Value.Check
  void check() {
    checkArgument(Identifiers.isIdentifier(id()), "plan: id \"%s\" must be letters, digits, '-', '_' or '.'",
        id());
    checkArgument(!title().isBlank(), "plan %s: title must not be blank", id());
    checkArgument(baseYear() <= planYear(), "plan %s: base year %s is after plan year %s", id(), baseYear(),
        planYear());
    checkArgument(planYearEvidence() != Evidence.NONE && baseYearEvidence() != Evidence.NONE,
        "plan %s: the plan year and the base year are always known, so their evidence cannot be NONE", id());
    for (int i = 0; i < chapters().size(); i++) {
      checkArgument(chapters().get(i).path().equals(Integer.toString(i + 1)),
          "plan %s: top chapter %s has path %s, expected %s", id(), i + 1, chapters().get(i).path(), i + 1);
    }
    Set<String> codes = Sets.newHashSetWithExpectedSize(indicators().size());
    Set<String> observationIds = Sets.newHashSetWithExpectedSize(indicators().size() * 2);
    Set<String> paths = new HashSet<>(); // chapters found, so that each path is walked once
    for (Indicator indicator : indicators()) {
      checkArgument(codes.add(indicator.code()), "plan %s: indicator code %s occurs twice", id(), indicator.code());
      for (Observation o : indicator.observations()) {
        checkArgument(observationIds.add(o.id()), "plan %s: observation id %s occurs twice (indicator %s)", id(),
            o.id(), indicator.code());
        o.chapter().ifPresent(path -> checkArgument(paths.contains(path) || (chapter(path).isPresent() && paths.add(path)),
            "plan %s: observation %s names chapter %s, which does not exist", id(), o.id(), path));
      }
    }
    checkTasks(chapters(), new HashSet<>(), observationIds);
  }

  /**
   * Checks the tasks of {@code chapters} and their descendants in {@link #allTasks} order (a chapter's own before
   * its children's), by a walk of the tree rather than a stream of streams: unique ids, each observation id they
   * name among {@code observationIds}; {@code taskIds} are those seen so far.
   */
  private void checkTasks(List<Chapter> chapters, Set<String> taskIds, Set<String> observationIds) {
    for (Chapter c : chapters) {
      for (Task t : c.tasks()) {
        checkArgument(taskIds.add(t.id()), "plan %s: task id %s occurs twice", id(), t.id());
        for (String ref : t.observationIds()) {
          checkArgument(observationIds.contains(ref),
              "plan %s: task %s refers to observation %s, which does not exist", id(), t.id(), ref);
        }
      }
      checkTasks(c.children(), taskIds, observationIds);
    }
  }

  /** Builds a {@link Plan}. */
  public static class Builder extends ImmutablePlan.Builder {}
}
