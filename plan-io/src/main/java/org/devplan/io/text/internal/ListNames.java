package org.devplan.io.text.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list rule says about the subjects of a group of figures: one name per figure ({@code distributed}), one
 * subject for all, or that it made the group's statements itself ({@code consumed}); {@link #NONE} if it says
 * nothing.
 */
record ListNames(@Nullable List<String> distributed, @Nullable String subject, boolean consumed) {
  static final ListNames NONE = new ListNames(null, null, false);
  static final ListNames CONSUMED = new ListNames(null, null, true);

  static ListNames distributed(@Nullable List<String> names) {
    return names == null ? NONE : new ListNames(names, null, false);
  }

  static ListNames subject(String subject) {
    return new ListNames(null, subject, false);
  }
}
