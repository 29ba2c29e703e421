/**
 * What the ApplicationMaster tells the outside about a job: the status of every task, published
 * as {@code status.json} and a human-readable {@code status.txt} in the work folder.
 */
package org.sepyarn.am.status;
