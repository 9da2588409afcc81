/**
 * Helpers of {@link org.devplan.calc}, not exported by the module and not API: exact n-th roots by Newton
 * iteration ({@link org.devplan.calc.internal.Decimals}) and the curated wording the calculations infer from
 * ({@link org.devplan.calc.internal.Vocabulary}: comparable-price names, decline and rise verbs, share and
 * dimension name endings), whose answers {@link org.devplan.calc.internal.Classifications} remembers.
 */
package org.devplan.calc.internal;
