/**
 * Runnable examples of devplan: {@link org.devplan.examples.WalkPlan} (load a plan, walk its chapters and tasks),
 * {@link org.devplan.examples.Calculate} (growth, share and gap with the seed's figures),
 * {@link org.devplan.examples.ServiceMapper} (the Jackson module in a service's own {@code JsonMapper}) and
 * {@link org.devplan.examples.StreamCorpus} (a large corpus as JSON Lines, one plan in memory at a time). Each has a
 * {@code main} and is run by the tests of this module. The command-line tool is in
 * {@link org.devplan.examples.cli}.
 *
 * @since 0.1
 */
package org.devplan.examples;
