package org.sepyarn.client.command;

import org.apache.commons.cli.CommandLine;
import org.sepyarn.client.cli.InvalidInputException;

/** Reading the one job file argument of {@code submit} and {@code validate}. */
final class JobArgument {
  private JobArgument() {
  }

  static String single(CommandLine line) throws InvalidInputException {
    if (line.getArgs().length != 1) {
      throw new InvalidInputException("expected one job file (job.json), got " + (line.getArgs().length == 0
          ? "none" : line.getArgList()) + "; docs/job-format.md describes the job file");
    }
    return line.getArgs()[0];
  }
}
