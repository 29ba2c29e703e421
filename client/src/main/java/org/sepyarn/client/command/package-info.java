/**
 * The subcommands of {@code sepyarn}: submit, status, kill, validate, info, demo. Each is small
 * and leaves the work to the submit, embedded and formats packages.
 */
package org.sepyarn.client.command;
