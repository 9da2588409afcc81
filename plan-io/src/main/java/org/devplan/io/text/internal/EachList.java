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
