/**
 * What {@code sepyarn status} knows of a job's tasks and where it learned it: live from the
 * ApplicationMaster's tracking page through the ResourceManager's web proxy while the job runs,
 * otherwise from {@code status.json} in the work folder; and the JSON document {@code status --json}
 * prints for scripts.
 */
package org.sepyarn.client.status;
