/**
 * The last step of a job: merging every output from the tasks' committed pieces into the final
 * dataset, atomically, with a history section recording the job.
 */
package org.sepyarn.am.merge;
