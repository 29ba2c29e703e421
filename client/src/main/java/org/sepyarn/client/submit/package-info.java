/**
 * Getting a validated job onto the cluster: the private staging folder, and the submission of
 * the ApplicationMaster to YARN.
 */
package org.sepyarn.client.submit;
