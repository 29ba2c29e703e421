package org.sepyarn.client.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand of {@code sepyarn}. */
public interface Command {
  /** The word that selects it, e.g. {@code submit}. */
  String name();

  /** The arguments after the options, for the usage line, e.g. {@code job.json}. */
  String arguments();

  /** One line on what it does. */
  String summary();

  /** A few lines of detail shown by {@code --help}. */
  String description();

  Options options();

  /**
   * Whether it always talks to the cluster's services (so a user the cluster cannot authenticate
   * is stopped before it starts), rather than only when its arguments name cluster paths.
   */
  default boolean talksToCluster() {
    return false;
  }

  /**
   * Runs it; returns the exit code.
   *
   * @throws InvalidInputException for invalid input (exit 2)
   */
  int run(CommandLine line, Console console) throws Exception;
}
