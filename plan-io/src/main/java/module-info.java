/**
 * devplan's codecs: plans as JSON ({@link org.devplan.io.json.PlanJson}, {@link org.devplan.io.json.PlanJacksonModule})
 * and indicator tables as CSV ({@link org.devplan.io.csv.PlanCsv}).
 */
@org.jspecify.annotations.NullMarked
module org.devplan.io {
  requires transitive org.devplan.model;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.jspecify;

  exports org.devplan.io.json;
  exports org.devplan.io.csv;

  provides tools.jackson.databind.JacksonModule with org.devplan.io.json.PlanJacksonModule;
}
