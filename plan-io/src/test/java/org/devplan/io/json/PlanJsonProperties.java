package org.devplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.devplan.io.PlanArbitraries;
import org.devplan.model.Bound;
import org.devplan.model.Plan;

class PlanJsonProperties {
  @Property(tries = 300)
  void roundTripIsTheIdentity(@ForAll("plans") Plan plan) {
    assertThat(PlanJson.codec().parseChars(PlanJson.codec().formatToString(plan))).isEqualTo(plan);
    assertThat(PlanJson.codec().parseChars(PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(plan)))
        .isEqualTo(plan);
  }

  @Property(tries = 200)
  void schemaAcceptsEveryGeneratedPlan(@ForAll("plans") Plan plan) {
    assertThat(PlanJsonSchemaTest.validate(PlanJson.codec().formatToString(plan))).isEmpty();
  }

  @Property(tries = 50)
  void streamsOfPlansRoundTrip(@ForAll("planLists") List<Plan> plans) {
    for (JsonLayout layout : JsonLayout.values()) {
      StringWriter out = new StringWriter();
      try (PlanJsonWriter w = PlanJson.codec().formatAllWriter(out, layout)) {
        plans.forEach(w::write);
      }
      try (PlanJsonIterator it = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("corpus")).parseAllReader(new StringReader(out.toString()))) {
        assertThat(it.stream().collect(Collectors.toList())).isEqualTo(plans);
      }
    }
  }

  @Property(tries = 300)
  void boundsRoundTripThroughTheModule(@ForAll("levels") Bound bound) {
    String json = PlanJson.mapper().writeValueAsString(bound);
    assertThat(PlanJson.mapper().readValue(json, Bound.class)).isEqualTo(bound);
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<List<Plan>> planLists() {
    return PlanArbitraries.plans().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<Bound> levels() {
    return PlanArbitraries.levels();
  }
}
