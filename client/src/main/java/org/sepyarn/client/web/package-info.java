/**
 * Plain HTTP GETs of the cluster's web services for the commands: the ApplicationMaster's tracking
 * page through the ResourceManager's web proxy, and the NodeManagers' container logs. Kept behind
 * a one-method interface so that the commands can be tested with hand-written fakes.
 */
package org.sepyarn.client.web;
