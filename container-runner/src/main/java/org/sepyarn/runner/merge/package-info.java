/**
 * Merge tasks: a container writes slabs of a merged output from the job's committed pieces
 * (concatenated, summed or blended), each into a hidden file beside the output that the
 * ApplicationMaster then joins in place. The ApplicationMaster writes small outputs' slabs itself
 * with the same code.
 */
package org.sepyarn.runner.merge;
