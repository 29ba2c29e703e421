/**
 * A solve's convergence as the ApplicationMaster shows it: as soon as the steps of an iteration
 * that write its norms' partial sums have committed every piece, the pieces (a few bytes each) are
 * read once, added in piece order and turned into the residual's and model's norms, which the
 * status and the tracking page carry. The pieces' sums are what the job's {@code convergence}
 * section names; nothing here knows about the solver beyond that.
 */
package org.sepyarn.am.convergence;
