/**
 * The client on secured clusters: the user's Kerberos identity, checked before a command talks to
 * the cluster and carried by every call it makes (RPC, HDFS, and SPNEGO to the web services).
 */
package org.sepyarn.client.security;
