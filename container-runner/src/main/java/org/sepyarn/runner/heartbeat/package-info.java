/**
 * The runner's side of its channel to the ApplicationMaster: signed heartbeats over HTTP carrying
 * the progress and checkpoint a program writes to its progress file.
 */
package org.sepyarn.runner.heartbeat;
