package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Distributed lists with 分别: the figures go to the subjects in order, the subjects written after 分别
 * (全市分别高于全国、全省) or before it (工业、服务业增加值分别增长6%、7%); without subjects, a list of growths goes to
 * the levels before it and a list of levels to the growths before it ({@link GrowthPairing}), with or without 分别,
 * or the previous clause's list of names is reused.
 */
final class DistributedList extends OnText {
  private final Subjects subjects;
  private final Comparatives comparatives;
  private final GrowthPairing pairing;

  DistributedList(ScanText x, Vocabulary v, Subjects subjects, Comparatives comparatives, GrowthPairing pairing) {
    super(x, v);
    this.subjects = subjects;
    this.comparatives = comparatives;
    this.pairing = pairing;
  }

  /** The position of the last 分别 between {@code a} and {@code b}, or -1. */
  int marker(int a, int b) {
    return subjects.findWord(a, b, v.distributive);
  }

  /**
   * The names of group {@code g} whose 分别 is at {@code dist}, its subjects from {@code preStart} to {@code preEnd};
   * {@code inherited} is the sentence's subject so far, {@code names} the previous clause's list.
   */
  ListNames names(List<Figure> g, int preStart, int dist, int preEnd, @Nullable String inherited,
      @Nullable List<String> names, Sentence sentence) {
    int[] cleaned = subjects.clean(preStart, dist);
    int[] left = cleaned != null && cleaned[1] > cleaned[0] ? cleaned : null;
    String distributive = v.distributive.matchAt(t, dist, t.length());
    int distEnd = distributive == null ? dist : dist + distributive.length();
    int[] right = distEnd < preEnd ? subjects.clean(distEnd, preEnd) : null;
    List<int[]> rightParts = right == null ? List.of() : subjects.split(right);
    if (rightParts.size() == g.size() && g.size() > 1) {
      return ListNames.distributed(after(left != null ? x.orig(left) : inherited, rightParts));
    }
    if (left != null) {
      List<int[]> parts = subjects.split(left);
      if (parts.size() == g.size() - 1) {
        parts = subjects.lastPaired(parts); // 城镇和农村居民人均可支配收入分别增长5%和6%
      }
      if (parts.size() == g.size() && g.size() > 1) {
        return ListNames.distributed(subjects.withHeads(parts));
      }
      List<String> paired = paired(x.orig(left), g.size());
      return paired != null ? ListNames.distributed(paired) : ListNames.subject(x.orig(left));
    }
    if (pairsWithList(g, sentence)) {
      return ListNames.CONSUMED;
    }
    return names != null && names.size() == g.size() ? ListNames.distributed(names) : ListNames.NONE;
  }

  /**
   * True if group {@code g}, a list with no subject of its own (and no 分别: 分别达6.9万元、3.4万元，增长4.2%、5.3%) from
   * {@code preStart} to {@code preEnd}, was joined to the list of the other quantity before it.
   */
  boolean pairsWithList(List<Figure> g, int preStart, int preEnd, Sentence sentence) {
    if (g.size() < 2) {
      return false; // a figure alone is no list: its subject is not cleaned here, Naming cleans it
    }
    return subjects.namesNothing(preStart, preEnd) && pairsWithList(g, sentence);
  }

  private boolean pairsWithList(List<Figure> g, Sentence sentence) {
    return pairing.pairList(g, sentence.statements(), sentence.ctx(), sentence.start())
        || pairing.pairLevelList(g, sentence.statements(), sentence.ctx(), sentence.start());
  }

  /**
   * The {@code n} subjects a subject with a paired word names (城乡居民人均可支配收入: 城镇居民…, 农村居民…;
   * 一般公共预算收支: 一般公共预算收入, 一般公共预算支出), or null.
   */
  private @Nullable List<String> paired(String subject, int n) {
    for (Map.Entry<String, List<String>> e : v.pairedWords.entrySet()) {
      int at = subject.indexOf(e.getKey());
      if (at >= 0 && e.getValue().size() == n) {
        String before = subject.substring(0, at);
        String rest = subject.substring(at + e.getKey().length());
        return e.getValue().stream().map(part -> before + part + rest).toList();
      }
    }
    return null;
  }

  /** Subjects written after 分别, each prefixed with {@code subj}; a comparison word written once goes to all. */
  private List<String> after(@Nullable String subj, List<int[]> parts) {
    List<String> distributed = new ArrayList<>();
    String verb = null;
    for (int[] p : parts) {
      String part = x.orig(p);
      if (verb == null) {
        verb = comparatives.comparison(part);
      } else if (comparatives.comparison(part) == null) {
        part = verb + part;
      }
      distributed.add((subj == null ? "" : subj) + part);
    }
    return distributed;
  }
}
