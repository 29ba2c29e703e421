/**
 * The entry point of {@code sepyarn.jar}: the {@code tool} path that runs an example program in a
 * container without Hadoop, and the sepyarn commands, which need Hadoop.
 */
package org.sepyarn.client;
