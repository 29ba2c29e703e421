/**
 * Signal pieces the example tools share: the Ricker wavelet and triangle smoothing by two box
 * filters with mirrored ends.
 */
package org.sepyarn.examples.signal;
