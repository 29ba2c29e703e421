package org.sepyarn.client.monitor;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.am.status.JobStatus;

/** Where {@link JobMonitor} learns how a job is doing. */
public interface JobSource {
  /** The ResourceManager's view of the application now. */
  ApplicationSnapshot application() throws IOException, YarnException;

  /**
   * The ApplicationMaster's latest {@code status.json}; empty while it has not written one, or
   * when the file cannot be read or parsed just now (it may be half written).
   */
  Optional<JobStatus> status();
}
