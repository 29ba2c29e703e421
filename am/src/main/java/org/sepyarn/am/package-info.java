/**
 * The ApplicationMaster of a sepyarn job: its entry point and the one class that wires planning,
 * scheduling, journaling, the runner channel, the tracking page and the merge for one attempt.
 * The work itself is done in the sub-packages.
 */
package org.sepyarn.am;
