/**
 * The command-line shell of sepyarn: subcommands, option parsing with commons-cli, help, and the
 * exit codes (0 success, 1 job failed, 2 invalid input).
 */
package org.sepyarn.client.cli;
