/**
 * devplan's I/O: plans as JSON ({@link org.devplan.io.json.PlanJson}, {@link org.devplan.io.json.PlanJacksonModule}),
 * indicator tables as CSV ({@link org.devplan.io.csv.PlanCsv}) and the plain-text importer
 * ({@link org.devplan.io.text.PlanText}).
 */
@org.jspecify.annotations.NullMarked
module org.devplan.io {
  requires transitive org.devplan.model;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires com.ibm.icu;
  requires static org.jspecify;

  exports org.devplan.io;
  exports org.devplan.io.json;
  exports org.devplan.io.csv;
  exports org.devplan.io.text;

  provides tools.jackson.databind.JacksonModule with org.devplan.io.json.PlanJacksonModule;
}
