package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.devplan.model.PlanFormatException;

class DecoderProperties {
  /**
   * Bytes near UTF-8: pieces of encoded text (CJK, a supplementary character, U+FFFD itself) and stray bytes that
   * break sequences (continuation bytes, lead bytes, an encoded surrogate, overlong and out-of-range forms).
   */
  @Provide
  Arbitrary<byte[]> nearUtf8() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of("增长5.6%", "𠀀", "\uFFFD", "a\n", "亿元").map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE4}, new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F}));
    return piece.list().ofMaxSize(8).map(pieces -> {
      ByteBuffer b = ByteBuffer.allocate(pieces.stream().mapToInt(p -> p.length).sum());
      pieces.forEach(b::put);
      return b.array();
    });
  }

  /** Whatever its decoding path, a text is read as UTF-8 exactly when a reporting decoder reads it, and equal. */
  @Property(tries = 400)
  void readsUtf8AsAReportingDecoderDoes(@ForAll("nearUtf8") byte[] bytes) {
    Optional<String> strict;
    try {
      strict = Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      strict = Optional.empty();
    }
    Optional<String> ours;
    try {
      Decoder.Decoded d = Decoder.decode(bytes, "a");
      ours = d.charset().equals(StandardCharsets.UTF_8) ? Optional.of(d.text()) : Optional.empty();
    } catch (PlanFormatException e) {
      ours = Optional.empty();
    }
    assertThat(ours).isEqualTo(strict);
  }
}
