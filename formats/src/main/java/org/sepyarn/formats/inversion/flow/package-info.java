/**
 * A solve as a flow: {@link org.sepyarn.formats.inversion.flow.SolveFlow} writes the
 * conjugate-direction iterations of an inversion problem as the steps of one flow job, the
 * operators' programs as steps on the vectors' pieces and the vector arithmetic as steps of the
 * {@code cgstep} tool, so that the vectors stay split in the work folder between iterations and
 * the journal, retries, restarts and {@code resume} of flows apply to every step of every iteration.
 */
package org.sepyarn.formats.inversion.flow;
