package org.sepyarn.client.monitor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A job on a real cluster: the ResourceManager's report, and {@code status.json} in the job's work folder. */
public final class YarnJobSource implements JobSource {
  private static final Logger LOG = LoggerFactory.getLogger(YarnJobSource.class);

  private final YarnClient yarn;
  private final ApplicationId id;
  private final FileSystem fs;
  private final Path statusJson;

  public YarnJobSource(YarnClient yarn, ApplicationId id, FileSystem fs, WorkLayout work) {
    this.yarn = yarn;
    this.id = id;
    this.fs = fs;
    this.statusJson = work.statusJson();
  }

  @Override
  public ApplicationSnapshot application() throws IOException, YarnException {
    return ApplicationSnapshot.of(yarn.getApplicationReport(id));
  }

  @Override
  public Optional<JobStatus> status() {
    return read(fs, statusJson);
  }

  /** Reads a {@code status.json}; empty when it is missing, unreadable or not (yet) whole. */
  public static Optional<JobStatus> read(FileSystem fs, Path statusJson) {
    try (InputStream in = fs.open(statusJson)) {
      return Optional.of(StatusCodec.read(in.readAllBytes()));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read {} just now: {}", statusJson, e.toString());
      return Optional.empty();
    }
  }
}
