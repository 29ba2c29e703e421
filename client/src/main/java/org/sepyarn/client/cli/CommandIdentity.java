package org.sepyarn.client.cli;

import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import java.util.concurrent.Callable;

/**
 * Who runs a command on the cluster, and what to tell a user the cluster did not recognise:
 * on a kerberized cluster, the user's Kerberos login; elsewhere nothing at all.
 */
public interface CommandIdentity {
  /** An identity with nothing to check: every command just runs. */
  CommandIdentity NONE = new CommandIdentity() {
    @Override
    public void check(CommandLine line) {
    }

    @Override
    public int runAs(Callable<Integer> command) throws Exception {
      return command.call();
    }

    @Override
    public Optional<String> explain(Throwable failure) {
      return Optional.empty();
    }
  };

  /**
   * Checks, before a command that talks to the cluster starts, that the user has credentials the
   * cluster accepts (or that its command line brings them).
   *
   * @throws InvalidInputException saying what is missing and how to get it
   */
  void check(CommandLine line) throws InvalidInputException;

  /** Runs {@code command} as the user, so that every call it makes carries the user's credentials. */
  int runAs(Callable<Integer> command) throws Exception;

  /** What to tell the user when {@code failure} is the cluster refusing who they are, if it is that. */
  Optional<String> explain(Throwable failure);
}
