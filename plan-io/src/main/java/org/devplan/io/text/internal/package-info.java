/**
 * The stages of the plain-text importer behind {@link org.devplan.io.text.PlanText}, each a class with a narrow
 * input and output: {@link org.devplan.io.text.internal.Decoder} (bytes to text), {@link
 * org.devplan.io.text.internal.SourceText} (normalisation with a map back to the decoded text), {@link
 * org.devplan.io.text.internal.BlockReader} (lines to sealed {@link org.devplan.io.text.internal.Block}s, tables
 * by the ranked {@link org.devplan.io.text.internal.TableLayout}s), {@link
 * org.devplan.io.text.internal.FrameReader} (title, subtitle, region, years, kind), {@link
 * org.devplan.io.text.internal.OutlineReader} (the chapter tree, narrative segments, tables in their chapters),
 * {@link org.devplan.io.text.internal.AnnexReader} over {@link org.devplan.io.text.internal.TableReader} (table
 * rows to draft indicators), {@link org.devplan.io.text.internal.NarrativeReader} over {@link
 * org.devplan.io.text.internal.FigureReader} (clauses to statements: {@link org.devplan.io.text.internal.Tokenizer}
 * tokens, {@link org.devplan.io.text.internal.FigureRule} figure rules, then the statement rules {@link
 * org.devplan.io.text.internal.ClauseReader} runs), {@link org.devplan.io.text.internal.Linker}
 * (observations to indicators), {@link org.devplan.io.text.internal.SpanWriter} (the text as spans), and {@link
 * org.devplan.io.text.internal.Importer}, which runs them and assembles the plan. Vocabulary lives in the
 * lexicon's data files, read by {@link org.devplan.io.text.internal.Vocabulary}; no Java condition spells a
 * Chinese word.
 *
 * <p>A new table layout is one class implementing {@code TableLayout} (or extending {@code RowLayout} for one row a
 * line) and its line in {@code TableLayout.RANKED}, before the layouts that would misread its lines; {@code
 * TrailingPipeRows} and its test are an example. Not exported: the API is {@code PlanText}.
 */
// Not yet checked by NullAway: its helpers pass null for "no match" through some sixty signatures; the returns and
// fields that hold null are marked @Nullable, the parameters are not yet (issue #14, bullet 5, left open).
@NullUnmarked
package org.devplan.io.text.internal;

import org.jspecify.annotations.NullUnmarked;
