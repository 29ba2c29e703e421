/**
 * The job's count of the bytes it moved to and from the cluster file system: the runners' counts
 * from their attempt reports, the ApplicationMaster's own (merge and bookkeeping) kept per
 * ApplicationMaster attempt in the work folder, and each output's merge.
 */
package org.sepyarn.am.bytes;
