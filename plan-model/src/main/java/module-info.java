/**
 * The immutable domain model of development plans. See {@link org.devplan.model}.
 */
@org.jspecify.annotations.NullMarked
module org.devplan.model {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.devplan.model;
}
