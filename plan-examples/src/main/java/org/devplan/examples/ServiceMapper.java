package org.devplan.examples;

import java.util.Map;
import org.devplan.io.json.PlanJacksonModule;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a service uses devplan with its own Jackson {@code JsonMapper}: register {@link PlanJacksonModule}, then plans
 * are ordinary values in its payloads.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PlanJacksonModule()).build();
 * String json = mapper.writeValueAsString(Map.of("plan", plan, "status", "imported"));
 * Plan back = mapper.treeToValue(mapper.readTree(json).get("plan"), Plan.class);
 * }</pre>
 *
 * @since 0.1
 */
public final class ServiceMapper {
  private ServiceMapper() {}

  /** The service's mapper: its own settings plus the devplan module. */
  public static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new PlanJacksonModule()).build();
  }

  /** Wraps {@code plan} in a response envelope, as a service would send it. */
  public static String respond(Plan plan) {
    return mapper().writeValueAsString(Map.of("status", "imported", "plan", plan));
  }

  /** Reads the plan back out of a response envelope. */
  public static Plan planOf(String response) {
    JsonMapper mapper = mapper();
    JsonNode tree = mapper.readTree(response);
    return mapper.treeToValue(tree.get("plan"), Plan.class);
  }

  /** Round-trips the seed through a service envelope and says whether it came back equal. */
  public static void main(String[] args) {
    Plan plan = PlanText.parser().parseFile(java.nio.file.Path.of(
        args.length > 0 ? args[0] : "seeds/zibo-2026-plan.txt"));
    System.out.println("round trip through a service envelope equal: " + plan.equals(planOf(respond(plan))));
  }
}
