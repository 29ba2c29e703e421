/**
 * {@code sepyarn bench}: how fast sepyarn moves a dataset through a pass-through program compared
 * with the physical limit, a raw streaming copy of the same bytes through the cluster file
 * system. {@link org.sepyarn.client.bench.BenchRun} writes a synthetic dataset, then runs the raw
 * copy and real YARN jobs (split along the slowest and the fastest axis, overlapping patches, a
 * copy-sum) interleaved, and reads each job's bytes and phase times from its work folder.
 */
package org.sepyarn.client.bench;
