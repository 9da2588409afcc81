package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example of {@link UnreadNumber}'s documentation, as written there. */
class UnreadNumberTest {
  @Test
  void documentationExample() {
    PlanText.Result r = PlanText.parser().reporting().parseChars("某市2026年国民经济和社会发展计划\n一、主要目标\n新建5G基站1200个，建成2×350兆瓦机组。");
    assertThat(r.unread()).containsExactly(new UnreadNumber(1, 3, "2026", "year"),
        new UnreadNumber(2, 1, "一", "heading label"), new UnreadNumber(3, 3, "5", "name"),
        new UnreadNumber(3, 15, "2", UnreadNumber.NOT_READ), new UnreadNumber(3, 17, "350", UnreadNumber.NOT_READ));
    assertThat(r.notRead()).containsExactly(new UnreadNumber(3, 15, "2", UnreadNumber.NOT_READ),
        new UnreadNumber(3, 17, "350", UnreadNumber.NOT_READ));
    assertThat(r.unread().get(3).notRead()).isTrue();
  }
}
