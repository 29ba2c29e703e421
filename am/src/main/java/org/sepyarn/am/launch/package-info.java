/**
 * Launching our own JVMs in YARN containers: local resources from the work folder, the
 * classpath, and credentials with the AMRMToken removed.
 */
package org.sepyarn.am.launch;
