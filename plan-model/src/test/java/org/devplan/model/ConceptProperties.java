package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConceptProperties {
  /** Strings near concept codes: their letters, digits and '-', with upper case, '_' and a CJK character. */
  @Provide
  Arbitrary<String> codeLike() {
    return Arbitraries.strings().withChars("az09-Z_汉").withCharRange('a', 'c').ofMinLength(0).ofMaxLength(6);
  }

  /** The hand-written check says what the pattern of the JSON schema says. */
  @Property(tries = 500)
  void isCodeIsThePattern(@ForAll("codeLike") String s) {
    assertThat(Concept.isCode(s)).isEqualTo(s.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?"));
  }
}
