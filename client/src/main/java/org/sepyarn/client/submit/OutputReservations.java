package org.sepyarn.client.submit;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.ApplicationNotFoundException;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.job.CheckedFile;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.formats.dataset.OutputReservation;
import org.sepyarn.formats.job.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reserves every output of a job for its application before anything is staged, so that two jobs
 * writing one output cannot both run: the second is refused, naming the first. A reservation held
 * by an application the ResourceManager reports ended, or does not know, is stale and taken over.
 */
final class OutputReservations {
  private static final Logger LOG = LoggerFactory.getLogger(OutputReservations.class);
  private static final Set<YarnApplicationState> ENDED = EnumSet.of(YarnApplicationState.FINISHED,
      YarnApplicationState.FAILED, YarnApplicationState.KILLED);

  private final org.apache.hadoop.conf.Configuration conf;
  private final YarnClient yarn;

  OutputReservations(org.apache.hadoop.conf.Configuration conf, YarnClient yarn) {
    this.conf = conf;
    this.yarn = yarn;
  }

  /**
   * Reserves each output of {@code checked} for {@code id}; on a conflict releases what it reserved
   * and refuses the job.
   *
   * @return the reserved headers, to release if the submission fails
   */
  List<Path> reserve(CheckedJob checked, ApplicationId id) throws IOException, InvalidInputException {
    List<Path> reserved = new ArrayList<>();
    String user = UserGroupInformation.getCurrentUser().getShortUserName();
    for (CheckedFile f : checked.files()) {
      if (f.spec().usage() != Usage.OUTPUT) {
        continue;
      }
      FileSystem fs = f.path().getFileSystem(yarnConf());
      Optional<OutputReservation.Holder> holder = OutputReservation.reserve(fs, f.path(), id.toString(), user,
          System.currentTimeMillis(), this::isLive);
      if (holder.isPresent()) {
        release(reserved, id);
        throw new InvalidInputException(f.pathField() + ": output " + f.path() + " is being written by "
            + describe(holder.get()) + "; two jobs cannot write one output. Wait for that job to end, stop it"
            + (holder.get().application().isEmpty() ? "" : " (sepyarn kill " + holder.get().application() + ")")
            + ", or write this output elsewhere");
      }
      reserved.add(f.path());
    }
    return reserved;
  }

  /** Releases {@code id}'s reservations of {@code headers}, logging what cannot be removed. */
  void release(List<Path> headers, ApplicationId id) {
    for (Path header : headers) {
      try {
        OutputReservation.release(header.getFileSystem(yarnConf()), header, id.toString());
      } catch (IOException e) {
        LOG.warn("could not release the reservation of {} by {}: {}", header, id, e.toString());
      }
    }
  }

  private org.apache.hadoop.conf.Configuration yarnConf() {
    return conf;
  }

  private boolean isLive(String application) {
    try {
      return !ENDED.contains(yarn.getApplicationReport(ApplicationId.fromString(application))
          .getYarnApplicationState());
    } catch (ApplicationNotFoundException | IllegalArgumentException e) {
      return false;
    } catch (YarnException | IOException e) {
      LOG.warn("cannot ask the ResourceManager about {}, which reserved an output; taking it as running: {}",
          application, e.toString());
      return true;
    }
  }

  private static String describe(OutputReservation.Holder holder) {
    if (holder.application().isEmpty()) {
      return "another job being submitted right now";
    }
    return "application " + holder.application() + " of " + holder.user()
        + (holder.since() > 0 ? " (reserved " + Instant.ofEpochMilli(holder.since()) + ")" : "");
  }
}
