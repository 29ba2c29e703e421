package org.sepyarn.client.logs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.logaggregation.ContainerLogsRequest;
import org.apache.hadoop.yarn.logaggregation.filecontroller.LogAggregationFileController;
import org.apache.hadoop.yarn.logaggregation.filecontroller.LogAggregationFileControllerFactory;

/**
 * Reads a container's log file from the logs YARN aggregated onto the cluster file system after
 * the application ended ({@code yarn.log-aggregation-enable}), with the same readers
 * {@code yarn logs} uses, whatever file format the cluster configures.
 */
public final class AggregatedLogs implements ContainerLogSource {
  private final Configuration conf;

  public AggregatedLogs(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String describe(AttemptLocation attempt) {
    return "YARN's aggregated logs";
  }

  @Override
  public byte[] read(String applicationId, String owner, AttemptLocation attempt, String fileName)
      throws LogUnavailableException {
    ApplicationId app = ApplicationId.fromString(applicationId);
    LogAggregationFileController controller;
    try {
      controller = new LogAggregationFileControllerFactory(conf).getFileControllerForRead(app, owner);
    } catch (IOException e) {
      throw new LogUnavailableException("YARN has no aggregated logs of " + applicationId + " (yet): "
          + e.getMessage(), e);
    }
    ContainerLogsRequest request = new ContainerLogsRequest();
    request.setAppId(app);
    request.setAppOwner(owner);
    request.setAppFinished(true);
    request.setContainerId(attempt.containerId());
    request.setNodeId(attempt.node());
    request.setLogTypes(Set.of(fileName));
    request.setBytes(Long.MAX_VALUE);
    ByteArrayOutputStream dump = new ByteArrayOutputStream();
    boolean found;
    try {
      found = controller.readAggregatedLogs(request, dump);
    } catch (IOException e) {
      throw new LogUnavailableException("cannot read the aggregated logs of " + applicationId + ": " + e.getMessage(),
          e);
    }
    if (!found) {
      throw new LogUnavailableException("the aggregated logs of " + applicationId + " hold no file " + fileName
          + " of container " + attempt.containerId());
    }
    return LogDump.contents(dump.toByteArray(), fileName).orElseThrow(() -> new LogUnavailableException(
        "the aggregated logs of " + applicationId + " hold " + fileName + " of container " + attempt.containerId()
            + " in a form this version of sepyarn does not read"));
  }
}
