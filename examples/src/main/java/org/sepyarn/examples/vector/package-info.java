/**
 * The vector arithmetic of out-of-core solves as a tool ({@code cgstep}): residuals, partial dot
 * products, conjugate-direction updates, sums and diagonal weights, streamed over the pieces of
 * vectors that a solve keeps split in its work folder.
 */
package org.sepyarn.examples.vector;
