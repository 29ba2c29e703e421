/**
 * The job journal: each ApplicationMaster attempt appends length-delimited protobuf records of
 * what it did (task transitions, checkpoints, merged outputs, the end of the job) to its own file
 * in the work folder, flushed as it goes. A new attempt reads every earlier attempt's file, a
 * cut-off last record being the end of a file, and recovers the job from the state they add up to.
 */
package org.sepyarn.am.journal;
