package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.devplan.model.PlanFormatException;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static final String TEXT = "淄博市2026年计划\r\n增长５.６％";

  @Test
  void readsUtf8WithAndWithoutMark() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(plain, "a")).isEqualTo(new Decoder.Decoded(TEXT, StandardCharsets.UTF_8, false));
    byte[] marked = new byte[plain.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, marked, 3, plain.length);
    assertThat(Decoder.decode(marked, "a")).isEqualTo(new Decoder.Decoded(TEXT, StandardCharsets.UTF_8, true));
  }

  @Test
  void readsUtf16WithAMark() {
    byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
    assertThat(Decoder.decode(le, "a")).isEqualTo(new Decoder.Decoded(TEXT, StandardCharsets.UTF_16LE, true));
    assertThat(Decoder.decode(be, "a")).isEqualTo(new Decoder.Decoded(TEXT, StandardCharsets.UTF_16BE, true));
  }

  @Test
  void fallsBackToGb18030IncludingCharactersOutsideGbk() {
    String text = TEXT + "\u00A0𠀀";
    byte[] gb = text.getBytes(Decoder.GB18030);
    Decoder.Decoded d = Decoder.decode(gb, "a");
    assertThat(d.charset()).isEqualTo(Decoder.GB18030);
    assertThat(d.text()).isEqualTo(text);
  }

  @Test
  void namesTheLineAndColumnOfBytesThatNoEncodingReads() {
    byte[] bad = {'o', 'k', '\n', 'a', 'b', (byte) 0x80, 'c'};
    assertThatThrownBy(() -> Decoder.decode(bad, "x.txt"))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("x.txt");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(3);
          assertThat(e.reason()).contains("UTF-8").contains("GB18030");
        });
  }

  @Test
  void namesTheGb18030PlaceOfBadBytesInAGb18030Text() {
    byte[] head = "淄博市\n增长".getBytes(Decoder.GB18030);
    byte[] tail = "５.６％".getBytes(Decoder.GB18030);
    byte[] bad = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, bad, head.length + 1, tail.length);
    assertThatThrownBy(() -> Decoder.decode(bad, "gb.txt"))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(List.of(e.line(), e.column(),
            e.reason())).containsExactly(2, 3, "the text is neither UTF-8 (malformed UTF-8 at byte 0) nor GB18030 "
            + "(malformed GB18030 at byte " + head.length + ")"));
  }

  @Test
  void namesTheUtf8PlaceOfABadByteAtTheStartOfAUtf8Text() {
    byte[] text = "淄博市2026年计划".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[text.length + 2];
    bad[0] = (byte) 0xC0;   // with 0xAF, overlong UTF-8 but a GB18030 character: GB18030 reads on further
    bad[1] = (byte) 0xAF;
    System.arraycopy(text, 0, bad, 2, text.length);
    assertThatThrownBy(() -> Decoder.decode(bad, "u.txt"))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(List.of(e.line(), e.column()))
            .containsExactly(1, 1));
  }
}
