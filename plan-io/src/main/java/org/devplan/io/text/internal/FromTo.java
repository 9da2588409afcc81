package org.devplan.io.text.internal;

/**
 * From–to statements (从A增长到B, 由A提升至B): the subject ends at the from-marker, and the start level is dated by the
 * year written with it or before the period ({@link Dating#fromYear}).
 */
final class FromTo extends OnText {

  FromTo(ScanText x, Vocabulary v) {
    super(x, v);
  }

  /**
   * Where the from-marker (从, 由) that closes the subject before a figure starts, skipping a year written with it
   * (从2020年的53.2%), or -1.
   */
  int marker(int a, int b) {
    int j = b;
    String of = v.possessives.matchEndingAt(t, j, a);
    if (of != null) {
      j -= of.length();
    }
    if (j - 5 >= a && x.isDigits(j - 5, 4) && v.yearSuffixes.matchAt(t, j - 1, j) != null) {
      j -= 5;
    }
    String from = v.fromMarkers.matchEndingAt(t, j, a);
    return from == null || j - from.length() <= a ? -1 : j - from.length();
  }
}
