package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The 等 list with a head: 新材料、新能源、集成电路材料等产业增加值 names three subjects, each with the head. */
final class EtcList extends OnText {
  private final Subjects subjects;

  EtcList(ScanText x, Vocabulary v, Subjects subjects) {
    super(x, v);
    this.subjects = subjects;
  }

  /** Each subject listed before 等 between {@code a} and {@code b} with the head after it; null if there is none. */
  @Nullable List<String> names(int a, int b) {
    int etc = -1;
    int etcEnd = -1;
    for (int i = a; i < b; i++) {
      String w = v.etcMarkers.matchAt(t, i, b);
      if (w != null && !x.inQuotes(i)) {
        etc = i;
        etcEnd = i + w.length();
      }
    }
    if (etc < 0) {
      return null;
    }
    int[] list = subjects.clean(a, etc);
    int[] head = subjects.clean(etcEnd, b);
    if (list == null || head == null || list[1] <= list[0] || head[1] - head[0] < 2) {
      return null;
    }
    List<int[]> parts = subjects.split(list);
    if (parts.size() < 2) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int[] p : parts) {
      names.add(x.orig(p) + x.orig(head));
    }
    return names;
  }
}
