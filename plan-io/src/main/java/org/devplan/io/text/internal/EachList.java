package org.devplan.io.text.internal;

import java.util.List;

/**
 * 均 or 双双 (each, both): one figure for every subject listed before it (城镇和农村居民人均可支配收入均增长5%, 存、贷款余额
 * 双双突破9万亿元), the subjects split at 、 or at the last 和, or given by an {@link EtcList}; 均 inside 人均, 平均, 年均
 * is not it.
 */
final class EachList extends OnText {
  private final Subjects subjects;
  private final EtcList etc;

  /** The longest member of a list whose figure is each member's without 均 (食品加工产业): 8 chars. */
  private static final int MAX_UNMARKED_MEMBER = 8;

  EachList(ScanText x, Vocabulary v, Subjects subjects) {
    super(x, v);
    this.subjects = subjects;
    this.etc = new EtcList(x, v, subjects);
  }

  /** The position of 均 used as "each" (均达到, 均增长), not inside 人均/平均/年均; or -1. */
  int marker(int a, int b) {
    int found = -1;
    int after = -1;
    for (int i = a; i < b; i++) {
      String each = v.eachMarkers.matchAt(t, i, b);
      if (each != null && v.notEach.matchEndingAt(t, i + 1, a) == null && i >= after) {
        found = i;
        after = i + each.length();
      }
    }
    if (found >= 0 && after < b) {
      if (v.levelVerbs.matchAt(t, after, b) == null && v.changeVerbs.matchAt(t, after, b) == null
          && v.qualifierPrefixes.matchAt(t, after, b) == null) {
        return -1;
      }
    }
    return found;
  }

  /**
   * The subjects of a 、 list before figure {@code f} written after a more-than qualifier with no 均 or 分别 (钢铁、
   * 食品加工产业超3千亿元: each more than 3千亿元; not 近2000亿元, a total), from {@code preStart} to {@code preEnd}; or
   * NONE. Only a list of names of two to eight chars that no conjunction joins, no 等 ends and no action verb
   * starts, so that a category named with 、 (交通运输、仓储和邮政业), a group (碳排放强度、能源等指标) and what a task
   * does in all stay one subject.
   */
  ListNames unmarked(int preStart, int preEnd, Figure f) {
    if (f.prefix == null || !v.exceeding.contains(f.prefix) || f.growth) {
      return ListNames.NONE;
    }
    int[] left = subjects.clean(preStart, preEnd);
    if (left == null || left[1] <= left[0] || v.etcMarkers.find(t, left[0], left[1]) >= 0) {
      return ListNames.NONE;
    }
    for (int i = left[0]; i < left[1]; i++) {
      if (!isListSeparator(i) && v.conjunctions.matchAt(t, i, i + 1) != null) {
        return ListNames.NONE;
      }
    }
    if (v.actionVerbs.matchAt(t, left[0], left[1]) != null) {
      return ListNames.NONE; // 实施棚户区、城中村、城市危旧房改造超过11万户: what a task does, in all
    }
    List<int[]> parts = subjects.split(left);
    for (int[] p : parts) {
      if (p[1] - p[0] > MAX_UNMARKED_MEMBER || p[1] - p[0] < 2) {
        return ListNames.NONE;
      }
    }
    return parts.size() > 1 ? ListNames.distributed(parts.stream().map(x::orig).toList()) : ListNames.NONE;
  }

  /** The subjects before the 均 at {@code each}, from {@code preStart}. */
  ListNames names(int preStart, int each) {
    int[] left = subjects.clean(preStart, each);
    List<String> listed = etc.names(preStart, each);
    if (listed != null) {
      return ListNames.distributed(listed);
    }
    if (left != null && left[1] > left[0]) {
      List<int[]> parts = subjects.split(left);
      if (parts.size() == 1) {
        parts = subjects.lastPaired(parts); // 城市生活垃圾和建筑垃圾利用率均达60%以上: each of the two
      }
      return parts.size() > 1 ? ListNames.distributed(subjects.withHeads(parts)) : ListNames.subject(x.orig(left));
    }
    return ListNames.NONE;
  }
}
