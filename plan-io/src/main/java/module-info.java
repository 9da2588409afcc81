/** devplan I/O: the plain-text importer (JSON and CSV codecs join this module in their own packages). */
module org.devplan.io {
  requires transitive org.devplan.model;
  exports org.devplan.io.text;
}
