/**
 * The example programs: {@code spike} (spikes and Ricker plane waves), {@code scale},
 * {@code smooth} (triangle smoothing) and {@code fdmod} (2-D acoustic shot modelling), each a
 * {@link org.sepyarn.examples.stdio.Tool} that follows SEPlib's conventions.
 */
package org.sepyarn.examples.tools;
