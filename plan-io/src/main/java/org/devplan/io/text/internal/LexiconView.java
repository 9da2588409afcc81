package org.devplan.io.text.internal;

import org.devplan.model.Lexicon;
import org.devplan.model.Words;

/**
 * The lexicon a view is built from, set before the view's fields are initialised, so that each of its word lists is
 * one field declared with the table it comes from.
 */
abstract class LexiconView {
  final Lexicon lexicon;

  LexiconView(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The words of {@code table}. */
  final Words words(Lexicon.Table table) {
    return lexicon.words(table);
  }

  /** The words of {@code table} whose {@code column} holds {@code value}. */
  final Words words(Lexicon.Table table, String column, String value) {
    return lexicon.words(table, column, value);
  }

  /** The markers of {@code role} ({@link Lexicon.Table#MARKERS}). */
  final Words marker(String role) {
    return lexicon.words(Lexicon.Table.MARKERS, "role", role);
  }
}
