package org.devplan.io.text.internal;

/** What the stages over the scanned text share: the text and the vocabulary they read it with. */
abstract class OnText {
  final ScanText x;
  final String t;
  final Vocabulary v;

  OnText(ScanText x, Vocabulary v) {
    this.x = x;
    this.t = x.t;
    this.v = v;
  }

  /** True if the list separator (、) is at {@code i}. */
  boolean isListSeparator(int i) {
    return v.listSeparators.matchAt(t, i, i + 1) != null;
  }
}
