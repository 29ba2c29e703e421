package org.sepyarn.am.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.StepSpec;

/**
 * What a merged output's history records of the job that made it and of how it was merged; and
 * reading that back from an output already there.
 */
final class MergedHistory {
  private static final Logger LOG = LoggerFactory.getLogger(MergedHistory.class);

  private final Configuration conf;
  private final JobSpec job;
  private final String applicationId;

  MergedHistory(Configuration conf, JobSpec job, String applicationId) {
    this.conf = conf;
    this.job = job;
    this.applicationId = applicationId;
  }

  /**
   * Whether the output is already there from an earlier ApplicationMaster attempt of this very
   * job: a complete dataset whose history records this application. Merging is then done.
   */
  boolean alreadyMerged(OutputMerge m) {
    Path target = new Path(m.path());
    try {
      Dataset existing = Dataset.open(target, conf);
      return applicationId.equals(existing.history().getString("sepyarn_application", null));
    } catch (IOException | RuntimeException notThereOrNotOurs) {
      return false;
    }
  }

  /** How an output already there was merged, as its history records it; empty when it cannot be read. */
  Optional<MergeRecord> recordOfExisting(OutputMerge m) {
    try {
      Dataset existing = Dataset.open(new Path(m.path()), conf);
      long bytes = existing.cube().elementCount() * existing.format().esize();
      return Optional.of(MergeRecord.fromHistory(existing.history(), bytes,
          MergeRecord.streamed(m, bytes).method()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read how {} was merged: {}", m.path(), e.getMessage());
      return Optional.empty();
    }
  }


  /**
   * The history parameters of a merged output: the application, job, program, tasks, how the
   * output was distributed and merged, and how many bytes the merge copied.
   */
  Map<String, String> parameters(OutputMerge m, MergeRecord record) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("sepyarn_application", applicationId);
    p.put("sepyarn_job", job.name());
    FlowTasks numbering = FlowTasks.of(job);
    StepSpec step = numbering.stepHoldingFile(m.fileIndex());
    if (job.isFlow()) {
      p.put("sepyarn_step", step.name());
    }
    List<String> argv = new ArrayList<>(step.program().command());
    argv.addAll(step.program().shown(step.program().args()));
    p.put("sepyarn_program", oneLine(String.join(" ", argv)));
    p.put("sepyarn_tasks", Integer.toString(step.taskCount()));
    p.put("sepyarn_distribution", numbering.files().get(m.fileIndex()).distribute().kind());
    p.put("sepyarn_merge", m.describe());
    p.put(MergeRecord.METHOD_PARAMETER, record.method());
    p.put(MergeRecord.COPIED_PARAMETER, Long.toString(record.copiedBytes()));
    return p;
  }

  /**
   * The text with line breaks and other control characters (tabs excepted) written as escapes: a
   * history value must fit on one line, and program arguments may hold anything but NUL.
   */
  private static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (Character.isISOControl(c) && c != '\t') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
