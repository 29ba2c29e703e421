/**
 * Benchmarks: plain {@code main} programs that time parts of sepyarn at scale. They are not tests
 * and never run in {@code mvn verify}; each class says how to run it.
 */
package org.sepyarn.bench;
