package org.sepyarn.client.command;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * Tells an unreachable ResourceManager from other failures of a call to it, and says which address
 * was tried and how to point sepyarn at a cluster: an invalid setting, not a failed job.
 */
final class UnreachableResourceManager {
  private UnreachableResourceManager() {
  }

  /** Whether {@code e}, or one of its causes, says the ResourceManager could not be reached. */
  static boolean isUnreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The error to show for {@code e}, a call to the ResourceManager of {@code conf} that could not connect. */
  static InvalidInputException of(Configuration conf, IOException e) {
    String address = conf.get(YarnConfiguration.RM_ADDRESS, YarnConfiguration.DEFAULT_RM_ADDRESS);
    return new InvalidInputException("cannot reach the ResourceManager at " + address + " ("
        + YarnConfiguration.RM_ADDRESS + "): " + firstLine(e) + ". Point sepyarn at your cluster: set HADOOP_CONF_DIR"
        + " to the folder holding its yarn-site.xml, or give -conf FILE (or -D " + YarnConfiguration.RM_ADDRESS
        + "=HOST:PORT) before the command");
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    // Hadoop's wrapped connection errors end with a link to its wiki: not what a user needs here.
    int wiki = message.indexOf("; For more details see");
    message = wiki < 0 ? message : message.substring(0, wiki);
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
