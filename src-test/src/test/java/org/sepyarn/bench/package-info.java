/**
 * Benchmarks run by hand, not by {@code mvn verify}: mains started by the {@code bench} profile of
 * {@code src-test/pom.xml} ({@code -Dbench.main=org.sepyarn.bench.NAME}, default
 * {@link org.sepyarn.bench.OverheadBench}) on the same mini clusters as the integration tests.
 */
package org.sepyarn.bench;
