/**
 * Node health for the ApplicationMaster: counts the failures charged to each node in a sliding
 * window, excludes a node past a threshold for a while, never more than a share of the cluster, and
 * says how many nodes are left to run tasks on. Pure logic with an injected clock.
 */
package org.sepyarn.am.health;
