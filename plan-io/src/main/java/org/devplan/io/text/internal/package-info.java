/**
 * The stages of the plain-text importer behind {@link org.devplan.io.text.PlanText}: {@link
 * org.devplan.io.text.internal.Decoder} (bytes to text), {@link org.devplan.io.text.internal.SourceText}
 * (normalisation with a map back to the decoded text), {@link org.devplan.io.text.internal.BlockReader} (lines to
 * blocks), {@link org.devplan.io.text.internal.TableReader} (tables to indicator rows), {@link
 * org.devplan.io.text.internal.FigureReader} (clauses to statements: {@link org.devplan.io.text.internal.Tokenizer}
 * tokens, {@link org.devplan.io.text.internal.FigureRule} figure rules, then the statement rules that {@link
 * org.devplan.io.text.internal.ClauseReader} runs) and {@link
 * org.devplan.io.text.internal.Importer} (linking and assembling the plan). Vocabulary lives in data files read by
 * {@link org.devplan.io.text.internal.Vocabulary}. Not exported: the API is {@code PlanText}.
 */
package org.devplan.io.text.internal;
