/**
 * devplan's runnable examples and the {@code devplan} command-line tool. See {@link org.devplan.examples}.
 */
module org.devplan.examples {
  requires org.devplan.io;
  requires org.devplan.calc;
  requires info.picocli;

  exports org.devplan.examples;
  exports org.devplan.examples.cli;
  opens org.devplan.examples.cli to info.picocli;
}
