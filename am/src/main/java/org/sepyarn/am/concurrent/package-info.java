/**
 * Work the ApplicationMaster runs on threads of its own because it mostly waits for the cluster:
 * small files written, headers and block lists read, several at once.
 */
package org.sepyarn.am.concurrent;
