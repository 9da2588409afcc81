package org.devplan.io.text.internal;

import java.util.List;

/**
 * The sentence a clause is read in: where it starts, its chapter's context and the statements read from it so far
 * (the rules add to and amend them).
 */
record Sentence(int start, FigureReader.Context ctx, List<Statement> statements) {}
