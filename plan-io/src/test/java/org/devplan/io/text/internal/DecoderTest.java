package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
}
