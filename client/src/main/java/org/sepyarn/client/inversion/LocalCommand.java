package org.sepyarn.client.inversion;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.submit.ApplicationJar;

/**
 * A program's command as a local process runs it: the word {@code sepyarn.jar}, which in a YARN
 * container is the jar every container has ({@code java -jar sepyarn.jar tool interp}), is the
 * jar this sepyarn runs from.
 */
final class LocalCommand {
  static final String JAR = "sepyarn.jar";

  private LocalCommand() {
  }

  static List<String> of(List<String> command, Configuration conf) {
    if (!command.contains(JAR)) {
      return command;
    }
    String jar;
    try {
      jar = ApplicationJar.locate(conf).toString();
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException("the command names " + JAR + ", but " + e.getMessage(), e);
    }
    List<String> local = new ArrayList<>(command);
    local.replaceAll(word -> word.equals(JAR) ? jar : word);
    return local;
  }
}
