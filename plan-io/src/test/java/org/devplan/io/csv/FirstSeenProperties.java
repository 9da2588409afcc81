package org.devplan.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FirstSeenProperties {
  /** Answers as a {@link HashMap}'s {@code putIfAbsent}, through growth and colliding hashes. */
  @Property(tries = 300)
  void answersAsAHashMap(@ForAll("keys") List<String> keys, @ForAll @IntRange(max = 300) int expected) {
    FirstSeen<Integer> table = new FirstSeen<>(expected);
    Map<String, Integer> map = new HashMap<>();
    List<Integer> fromTable = new ArrayList<>();
    List<Integer> fromMap = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      fromTable.add(table.putIfAbsent(keys.get(i), i));
      fromMap.add(map.putIfAbsent(keys.get(i), i));
    }
    assertThat(fromTable).isEqualTo(fromMap);
    assertThat(table.size()).isEqualTo(map.size());
  }

  /** Short keys over few letters, so that they repeat; "Aa" and "BB" share a hash, as do strings made of them. */
  @Provide
  Arbitrary<List<String>> keys() {
    return Arbitraries.strings().withChars("AaBb").ofMinLength(0).ofMaxLength(6).list().ofMaxSize(400);
  }
}
