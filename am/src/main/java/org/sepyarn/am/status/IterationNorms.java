package org.sepyarn.am.status;

/**
 * Where a solve stood after an iteration, as {@link JobStatus} and the tracking page show it.
 *
 * @param iteration 0 for the start, then each iteration done
 * @param residualNorm the residual's norm, {@code |d - Lx|} (every part of it, for a regularized solve)
 * @param modelNorm the model's norm, {@code |x|} (of the preconditioned variable, for a preconditioned solve)
 */
public record IterationNorms(int iteration, double residualNorm, double modelNorm) {
}
