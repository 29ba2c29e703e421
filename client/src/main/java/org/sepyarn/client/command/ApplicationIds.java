package org.sepyarn.client.command;

import java.io.IOException;
import org.apache.commons.cli.CommandLine;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.ApplicationNotFoundException;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.monitor.AmExit;
import org.sepyarn.client.submit.AppSubmitter;

/** Reading an application id argument and finding that application, with clear errors. */
final class ApplicationIds {
  private ApplicationIds() {
  }

  static ApplicationId single(CommandLine line) throws InvalidInputException {
    if (line.getArgs().length != 1) {
      throw new InvalidInputException("expected one application id (like application_1700000000000_0001), got "
          + line.getArgList());
    }
    String text = line.getArgs()[0];
    try {
      return ApplicationId.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("\"" + text + "\" is not an application id; it looks like "
          + "application_1700000000000_0001 (sepyarn submit prints it)");
    }
  }

  /**
   * The report of a sepyarn application; refuses applications of other types. For an application
   * that has ended, waits for its ApplicationMaster to exit first (see {@link AmExit}), so that its
   * work folder is as the job left it.
   */
  static ApplicationReport report(YarnClient yarn, ApplicationId id)
      throws InvalidInputException, IOException, YarnException, InterruptedException {
    ApplicationReport report;
    try {
      report = yarn.getApplicationReport(id);
    } catch (ApplicationNotFoundException e) {
      throw new InvalidInputException("the ResourceManager knows no application " + id);
    } catch (IOException e) {
      if (UnreachableResourceManager.isUnreachable(e)) {
        throw UnreachableResourceManager.of(yarn.getConfig(), e);
      }
      throw e;
    }
    if (!AppSubmitter.APPLICATION_TYPE.equalsIgnoreCase(report.getApplicationType())) {
      throw new InvalidInputException(id + " is a " + report.getApplicationType() + " application, not a sepyarn job");
    }
    AmExit.await(yarn, report, AmExit.DEFAULT_WAIT_MILLIS);
    return report;
  }
}
