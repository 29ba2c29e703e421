/**
 * Checksums of committed output pieces: taken by the runner when it commits a piece, kept with the
 * piece and in the attempt's report, and taken again before the merge, so that a piece replaced
 * after its commit fails the job instead of forging part of the output.
 */
package org.sepyarn.runner.checksum;
