package org.sepyarn.client.logs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptReport;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationAttemptState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * The ApplicationMaster's attempts of an application, as the ResourceManager lists them: where
 * one ran, for {@code sepyarn logs APPID --am}, and which crashed.
 */
public final class ApplicationMasterAttempts {
  /** The log file the ApplicationMaster writes its log to; {@code am.stderr} holds a crash's summary. */
  public static final String LOG = "syslog";

  private final YarnClient yarn;
  private final ApplicationId id;
  private final List<ApplicationAttemptReport> attempts;

  private ApplicationMasterAttempts(YarnClient yarn, ApplicationId id, List<ApplicationAttemptReport> attempts) {
    this.yarn = yarn;
    this.id = id;
    this.attempts = attempts;
  }

  public static ApplicationMasterAttempts of(YarnClient yarn, ApplicationId id) throws IOException, YarnException {
    List<ApplicationAttemptReport> attempts = new ArrayList<>(yarn.getApplicationAttempts(id));
    attempts.sort(Comparator.comparingInt(a -> a.getApplicationAttemptId().getAttemptId()));
    return new ApplicationMasterAttempts(yarn, id, attempts);
  }

  /**
   * Where the ApplicationMaster's attempt {@code number} (the last one when empty) may have run, as
   * {@link AttemptLocation}s of task 0 whose attempt is that number: its container's node when the
   * ResourceManager still knows the container, else each node on the attempt's host (a small
   * cluster may run several NodeManagers on one host) or, when the host is forgotten, every node,
   * to be tried in turn.
   *
   * @throws InvalidInputException for an attempt the application does not have
   * @throws LogUnavailableException when the attempt never had a container
   */
  public List<AttemptLocation> locate(OptionalInt number) throws InvalidInputException, LogUnavailableException,
      IOException, YarnException {
    if (attempts.isEmpty()) {
      throw new LogUnavailableException(id + " has no ApplicationMaster attempt yet");
    }
    ApplicationAttemptReport report = attempts.get(attempts.size() - 1);
    if (number.isPresent()) {
      report = attempts.stream().filter(a -> a.getApplicationAttemptId().getAttemptId() == number.getAsInt())
          .findFirst().orElseThrow(() -> new InvalidInputException(id + " has no ApplicationMaster attempt "
              + number.getAsInt() + "; it has " + attempts.size()));
    }
    int attempt = report.getApplicationAttemptId().getAttemptId();
    if (report.getAMContainerId() == null) {
      throw new LogUnavailableException("the ApplicationMaster's attempt " + attempt + " of " + id
          + " never got a container, so it has no log");
    }
    List<AttemptLocation> places = new ArrayList<>();
    for (String node : nodes(report)) {
      places.add(new AttemptLocation(0, attempt, report.getAMContainerId().toString(), node, Optional.empty()));
    }
    return places;
  }

  /** Which attempts crashed, one line each with the way to read its log; empty when none did. */
  public List<String> crashes() {
    List<String> lines = new ArrayList<>();
    for (ApplicationAttemptReport a : attempts) {
      if (a.getYarnApplicationAttemptState() == YarnApplicationAttemptState.FAILED) {
        int n = a.getApplicationAttemptId().getAttemptId();
        String why = a.getDiagnostics() == null ? "" : a.getDiagnostics().strip().lines().findFirst().orElse("");
        lines.add("the ApplicationMaster's attempt " + n + " crashed" + (why.isEmpty() ? "" : " (" + why + ")")
            + "; its log: sepyarn logs " + id + " --am --attempt " + n + " (and --file am.stderr)");
      }
    }
    return lines;
  }

  /**
   * The node ids that may have run the attempt's container: its own when the ResourceManager still
   * knows the container, else those on the attempt's host, else (a crashed attempt's host is
   * forgotten) every node.
   */
  private List<String> nodes(ApplicationAttemptReport report) throws IOException, YarnException {
    try {
      return List.of(yarn.getContainerReport(report.getAMContainerId()).getAssignedNode().toString());
    } catch (YarnException | IOException e) {
      List<String> onHost = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (NodeReport node : yarn.getNodeReports()) {
        all.add(node.getNodeId().toString());
        if (node.getNodeId().getHost().equals(report.getHost())) {
          onHost.add(node.getNodeId().toString());
        }
      }
      if (all.isEmpty()) {
        throw new IOException("cannot tell which node ran the ApplicationMaster's container "
            + report.getAMContainerId() + ": the ResourceManager lists no node", e);
      }
      return onHost.isEmpty() ? all : onHost;
    }
  }
}
