package org.sepyarn.client.submit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.client.api.YarnClientApplication;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.job.CheckedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a checked job on the cluster: a new application id, its outputs reserved for it
 * ({@link OutputReservations}), the private work folder on the
 * default file system with the jar and the canonical job in it ({@link StagingArea}), and the
 * ApplicationMaster's submission ({@link AppSubmitter}). When the submission fails, the work
 * folder and the reservations are removed again.
 */
public final class JobSubmission {
  private static final Logger LOG = LoggerFactory.getLogger(JobSubmission.class);

  private final Configuration conf;
  private final YarnClient yarn;

  public JobSubmission(Configuration conf, YarnClient yarn) {
    this.conf = conf;
    this.yarn = yarn;
  }

  /**
   * @throws InvalidInputException when another live job is writing one of the outputs; nothing
   *     is staged then
   */
  public Submitted submit(CheckedJob checked, Path jar, SubmitSettings settings)
      throws IOException, YarnException, InvalidInputException {
    ClusterFit.check(checked.job(), yarn);
    AppSubmitter submitter = new AppSubmitter(conf, yarn);
    YarnClientApplication app = submitter.createApplication();
    ApplicationId id = app.getNewApplicationResponse().getApplicationId();
    FileSystem fs = FileSystem.get(conf);
    OutputReservations reservations = new OutputReservations(conf, yarn);
    List<org.apache.hadoop.fs.Path> reserved = reservations.reserve(checked, id);
    boolean submitted = false;
    try {
      var work = StagingArea.stage(fs, id, jar, checked.qualifiedJob().toJson());
      LOG.info("staged {} in {}", id, work.root());
      ApplicationId accepted = submitter.submit(app, work, settings.request(checked.job()), checked.dataPaths());
      submitted = true;
      return new Submitted(accepted, work, submitter.tokenNote());
    } finally {
      if (!submitted) {
        removeQuietly(fs, id);
        reservations.release(reserved, id);
      }
    }
  }

  private static void removeQuietly(FileSystem fs, ApplicationId id) {
    org.apache.hadoop.fs.Path work = StagingArea.workFolder(fs, id);
    try {
      fs.delete(work, true);
    } catch (IOException e) {
      LOG.warn("could not remove the work folder {} of the failed submission {}: {}", work, id, e.toString());
    }
  }
}
