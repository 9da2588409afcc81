package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InferredTest {
  @Test
  void anEnumConstantWithItsEvidenceIsOneSharedInstance() {
    assertThat(Inferred.of(Indicator.Nature.BINDING, Evidence.STATED)).isSameAs(Inferred.stated(Indicator.Nature.BINDING))
        .isNotEqualTo(Inferred.inferred(Indicator.Nature.BINDING));
    assertThat(Inferred.inferred(Indicator.Measure.SHARE).evidence()).isEqualTo(Evidence.INFERRED);
  }

  @Test
  void otherValuesAreEqualByValueAndEvidence() {
    assertThat(Inferred.inferred(new String("gdp"))).isEqualTo(Inferred.inferred("gdp"))
        .isNotEqualTo(Inferred.stated("gdp"));
  }
}
