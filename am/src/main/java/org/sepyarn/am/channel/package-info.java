/**
 * How runners reach the ApplicationMaster: signed heartbeats over HTTP, authenticated with the
 * job-scoped secret so that containers adopted by a new ApplicationMaster attempt keep working.
 */
package org.sepyarn.am.channel;
