package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.logaggregation.AggregatedLogFormat.LogKey;
import org.apache.hadoop.yarn.logaggregation.AggregatedLogFormat.LogValue;
import org.apache.hadoop.yarn.logaggregation.filecontroller.LogAggregationFileController;
import org.apache.hadoop.yarn.logaggregation.filecontroller.LogAggregationFileControllerContext;
import org.apache.hadoop.yarn.logaggregation.filecontroller.LogAggregationFileControllerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a container's log file from aggregated logs that Hadoop's own log aggregation writer
 * wrote, on the local file system, in the cluster's default format.
 */
class AggregatedLogsTest {
  private static final ApplicationId APP = ApplicationId.newInstance(1700000000000L, 7);
  private static final ContainerId CONTAINER = ContainerId.fromString("container_1700000000000_0007_01_000003");
  private static final NodeId NODE = NodeId.newInstance("host1", 45454);

  @TempDir
  java.nio.file.Path dir;
  private Configuration conf;
  private String user;

  @BeforeEach
  void aggregateOneContainer() throws Exception {
    conf = new YarnConfiguration();
    conf.set("fs.defaultFS", "file:///");
    conf.setBoolean(YarnConfiguration.LOG_AGGREGATION_ENABLED, true);
    conf.set(YarnConfiguration.NM_REMOTE_APP_LOG_DIR, dir.resolve("remote").toUri().toString());
    UserGroupInformation ugi = UserGroupInformation.getCurrentUser();
    user = ugi.getShortUserName();
    java.nio.file.Path containerLogs = Files.createDirectories(dir.resolve("local").resolve(APP.toString())
        .resolve(CONTAINER.toString()));
    Files.writeString(containerLogs.resolve("program.stderr"), "stderr line of task 2\nÜberlauf\n");
    Files.writeString(containerLogs.resolve("syslog"), "INFO runner started\n");

    LogAggregationFileController writer = new LogAggregationFileControllerFactory(conf).getFileControllerForWrite();
    Path remote = writer.getRemoteNodeLogFileForApp(APP, user, NODE);
    Path temporary = new Path(remote.getParent(), remote.getName() + ".tmp");
    FileSystem.getLocal(conf).mkdirs(remote.getParent());
    LogAggregationFileControllerContext context = new LogAggregationFileControllerContext(remote, temporary, false,
        -1, APP, Map.of(), NODE, ugi);
    writer.initializeWriter(context);
    writer.write(new LogKey(CONTAINER), new LogValue(List.of(dir.resolve("local").toString()), CONTAINER, user));
    writer.closeWriter();
    context.setUploadedLogsInThisCycle(true);
    writer.postWrite(context);
  }

  private byte[] read(String containerId, String file) throws LogUnavailableException {
    return new AggregatedLogs(conf).read(APP.toString(), user, new AttemptLocation(2, 1, containerId,
        NODE.toString(), Optional.empty()), file);
  }

  @Test
  void theFileIsReadBackByteForByte() throws Exception {
    assertArrayEquals("stderr line of task 2\nÜberlauf\n".getBytes(StandardCharsets.UTF_8),
        read(CONTAINER.toString(), "program.stderr"));
    assertArrayEquals("INFO runner started\n".getBytes(StandardCharsets.UTF_8), read(CONTAINER.toString(), "syslog"));
  }

  @Test
  void aFileTheContainerDidNotWriteIsNamed() {
    LogUnavailableException e = assertThrows(LogUnavailableException.class,
        () -> read(CONTAINER.toString(), "program.stdout"));
    assertTrue(e.getMessage().contains("hold no file program.stdout of container " + CONTAINER), e.getMessage());
  }

  @Test
  void anApplicationWithoutAggregatedLogsIsNamed() {
    LogUnavailableException e = assertThrows(LogUnavailableException.class, () -> new AggregatedLogs(conf).read(
        "application_1700000000000_0099", user, new AttemptLocation(0, 1, "container_1700000000000_0099_01_000002",
            NODE.toString(), Optional.empty()), "program.stderr"));
    assertTrue(e.getMessage().startsWith("YARN has no aggregated logs of application_1700000000000_0099"),
        e.getMessage());
  }
}
