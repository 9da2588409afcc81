/**
 * Exact growth, share, gap, attainment, progress and plan-audit calculations over devplan plans. See
 * {@link org.devplan.calc}.
 */
@org.jspecify.annotations.NullMarked
module org.devplan.calc {
  requires transitive org.devplan.model;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.devplan.calc;
}
