package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.jspecify.annotations.Nullable;

/**
 * Words-only targets: a clause without a figure whose wording the lexicon calls qualitative (止跌回稳, 完成…任务)
 * states a qualitative bound for its subject; a wording the lexicon lists only among the main targets (提质提效) does
 * so only in a paragraph that states them.
 */
final class WordsOnly extends OnText {
  private final Subjects subjects;
  private final Dating dating;

  WordsOnly(ScanText x, Vocabulary v, Subjects subjects, Dating dating) {
    super(x, v);
    this.subjects = subjects;
    this.dating = dating;
  }

  /** Adds the qualitative statement of the clause {@code cs}–{@code ce} to {@code sentence}, if it makes one. */
  void read(int cs, int ce, Sentence sentence, @Nullable String hedge) {
    int q = v.qualitative.find(t, cs, ce);
    String phrase = q < 0 ? null : v.qualitative.matchAt(t, q, ce);
    if (phrase == null || (v.qualitativeListed.contains(phrase) && !amongMainTargets(cs))) {
      return;
    }
    int[] subject = subjects.clean(cs, q);
    int end = x.trimEnd(q, ce);
    int next = q + phrase.length();
    if (!v.qualitativeResults.contains(phrase) && next < end && ScanText.isCjk(t.charAt(next))
        && !isListSeparator(next)) {
      return; // 建立科技投入稳定增长机制: an aim's wording that a noun goes on names a thing, no aim
    }
    List<String> names;
    String text;
    if (subject != null && subject[1] > subject[0]) {
      names = eachOf(subject, q, cs);
      text = x.written(q, end); // words as written: only a figure's wording is read, by the grammar of figures
    } else if (v.completion.startsAny(phrase) && end - (q + phrase.length()) > 3) {
      text = x.written(x.skipSpace(cs, ce), end);
      int after = q + phrase.length();
      String of = v.possessives.matchAt(t, after, end);
      if (of != null) {
        after += of.length();
      }
      names = List.of(x.slice(after, end));
    } else {
      return;
    }
    if (names.stream().anyMatch(String::isBlank) || text.isBlank()) {
      return;
    }
    int year = dating.yearFor(q, sentence.ctx())[0];
    Observation.Kind kind = year <= sentence.ctx().baseYear() ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
    if (kind == Observation.Kind.ACTUAL && !v.qualitativeResults.contains(phrase)) {
      return; // 主要指标高于全国平均水平 in a review: prose about results, not a result
    }
    for (String name : names) {
      sentence.statements().add(new Statement(Statements.clip(name), Optional.of(new Bound.Qualitative(text)),
          Optional.empty(), false, Optional.empty(), Optional.ofNullable(hedge), Optional.empty(), Period.year(year),
          kind, Optional.empty(), q, end));
    }
  }

  /** True if the paragraph of the clause at {@code cs} states the main targets before it (主要预期目标是：…). */
  private boolean amongMainTargets(int cs) {
    return v.mainTargets.find(t, t.lastIndexOf('\n', cs) + 1, cs) >= 0;
  }

  /**
   * The subjects of {@code subject} in the clause from {@code cs}, whose wording starts at {@code q}: each of its
   * list when 均 stands before the wording (空气质量优良天数比率和地表水水质优良率均完成省下达: two subjects), or when
   * its 、 list names no 等 and every item but the last ends with its own change verb (单位生产总值能耗降低、二氧化碳排放量
   * 降低完成国家下达目标任务), or none does among the main targets (主要预期目标是：…一般公共预算收入、固定资产投资保持正增长);
   * else the subject as one name (碳排放强度、能源、环境等指标完成国家下达任务; 推动产业投资、民间投资稳定增长, a task).
   */
  private List<String> eachOf(int[] subject, int q, int cs) {
    List<int[]> parts = subjects.split(subject);
    boolean marked = v.eachMarkers.find(t, subject[1], q) >= 0; // 均 between the subject and its wording
    if (marked && parts.size() == 1) {
      parts = subjects.lastPaired(parts);
    }
    boolean each = parts.size() > 1 && (marked || v.etcMarkers.find(t, subject[0], subject[1]) < 0);
    int changing = 0;
    for (int k = 0; k < parts.size() - 1; k++) {
      int[] p = parts.get(k);
      changing += v.changeVerbs.matchEndingAt(t, p[1], p[0]) != null ? 1 : 0;
    }
    each = each && (marked || changing == parts.size() - 1 || (changing == 0 && amongMainTargets(cs)));
    if (!each) {
      return List.of(x.orig(subject));
    }
    List<String> names = new ArrayList<>(parts.size());
    for (int[] p : parts) {
      int[] c = subjects.clean(p[0], p[1]);
      names.add(x.orig(c != null && c[1] > c[0] ? c : p));
    }
    return names;
  }
}
