package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.devplan.model.Position;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void foldsLineEndsFullWidthFormsSpacesZeroWidthCharactersAndCornerBrackets() {
    SourceText s = SourceText.of("Ａ１．５％（一）\r\n\u3000b\u200Bc\rd\u00A0e，f：−2「十五五」");
    assertThat(s.text()).isEqualTo("A1.5%(一)\n bc\nd e，f：-2“十五五”");
    assertThat(s.lineCount()).isEqualTo(3);
    assertThat(s.original().substring(s.originalIndex(s.text().indexOf('c')))).startsWith("c\rd");
  }

  @Test
  void mapsPositionsToLineAndCodePointColumnOfTheDecodedText() {
    String original = "𠀀一\r\n二\u200B三\n四";
    SourceText s = SourceText.of(original);
    assertThat(s.position(s.text().indexOf('一'))).isEqualTo(Position.of(1, 2));
    assertThat(s.position(s.text().indexOf('三'))).isEqualTo(Position.of(2, 3));
    assertThat(s.position(s.text().indexOf('四'))).isEqualTo(Position.of(3, 1));
    assertThat(s.originalSlice(s.text().indexOf('二'), s.text().indexOf('四'))).isEqualTo("二\u200B三\n");
    assertThat(s.originalLineStart(1)).isEqualTo(original.indexOf('二'));
  }

  @Test
  void readsThePinyinAConverterWroteAfterACharacterAsNothing() {
    String original = "地區(qū)生產(chǎn)總值增長（zhǎng）5%(GDP)(a)";
    SourceText s = SourceText.of(original);
    assertThat(s.text()).isEqualTo("地区生产总值增长5%(GDP)(a)");
    assertThat(s.originalSlice(0, s.text().length())).isEqualTo("地区生产总值增长5%(GDP)(a)");
    assertThat(s.originalSlice(1, 3)).isEqualTo("区生");
    assertThat(s.original().substring(s.originalIndex(s.text().indexOf('5')))).startsWith("5%(GDP)");
  }
}
