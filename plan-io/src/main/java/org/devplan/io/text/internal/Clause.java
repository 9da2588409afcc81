package org.devplan.io.text.internal;

/**
 * A clause of a sentence, as normalised indexes.
 *
 * @param start where the clause starts
 * @param end where it ends (exclusive)
 * @param sentenceStart where its sentence starts
 */
record Clause(int start, int end, int sentenceStart) {}
