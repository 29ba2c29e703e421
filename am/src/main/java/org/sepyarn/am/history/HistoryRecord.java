package org.sepyarn.am.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.sepyarn.am.status.FileWrite;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a job's history record when it ends: a folder laid out like the work folder
 * ({@link WorkLayout}), holding {@code job.json}, the plan's settings, the scatter and merge plans,
 * the journal, the final {@code status.json} and {@code status.txt}, and the tracking page as
 * {@code index.html} with its {@code timeline.svg}; what {@code sepyarn status} and
 * {@code sepyarn logs} read. It is written under a hidden name and renamed, so a reader sees a
 * whole record or none. A failure is logged, never fatal: the job's result does not depend on it.
 */
public final class HistoryRecord {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryRecord.class);
  /** The history folder is private to its user, as the work folders are. */
  private static final FsPermission PRIVATE_DIR = new FsPermission((short) 0700);
  public static final String PAGE = "index.html";
  public static final String TIMELINE = "timeline.svg";

  private HistoryRecord() {
  }

  /**
   * Records the job whose work folder is {@code work} as application {@code applicationId}, then
   * applies the retention rule.
   *
   * @param page the final tracking page, or null when there is none to keep
   * @param timeline the final timeline, or null
   * @return the record, or null when it could not be written
   */
  public static Path write(FileSystem fs, WorkLayout work, HistorySettings settings, String applicationId,
      String page, String timeline) {
    Path record = settings.record(applicationId);
    Path temporary = new Path(settings.folder(), ".tmp-" + applicationId);
    try {
      if (!fs.exists(settings.folder())) {
        fs.mkdirs(settings.folder(), PRIVATE_DIR);
      }
      fs.delete(temporary, true);
      fs.mkdirs(temporary);
      WorkLayout copy = new WorkLayout(temporary);
      List<FileWrite> writes = new ArrayList<>();
      writes.add(() -> copyIfThere(fs, work.job(), copy.job()));
      writes.add(() -> copyIfThere(fs, work.planSettings(), copy.planSettings()));
      writes.add(() -> copyIfThere(fs, work.scatterPlan(), copy.scatterPlan()));
      writes.add(() -> copyIfThere(fs, work.mergePlan(), copy.mergePlan()));
      writes.add(() -> copyIfThere(fs, work.statusJson(), copy.statusJson()));
      writes.add(() -> copyIfThere(fs, work.statusFile(), copy.statusFile()));
      if (fs.exists(work.journalFolder())) {
        fs.mkdirs(copy.journalFolder());
        for (FileStatus f : fs.listStatus(work.journalFolder())) {
          writes.add(() -> copyIfThere(fs, f.getPath(), new Path(copy.journalFolder(), f.getPath().getName())));
        }
      }
      if (page != null) {
        writes.add(() -> write(fs, new Path(temporary, PAGE), page));
      }
      if (timeline != null) {
        writes.add(() -> write(fs, new Path(temporary, TIMELINE), timeline));
      }
      FileWrite.allSideBySide(writes);
      // A record of the same application (an earlier ApplicationMaster attempt's) is replaced.
      fs.delete(record, true);
      if (!fs.rename(temporary, record)) {
        throw new IOException("cannot rename " + temporary + " to " + record);
      }
      LOG.info("history record of {} in {}", applicationId, record);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot write the history record of {} in {}: {}", applicationId, record, e.toString());
      return null;
    }
    HistoryRetention.prune(fs, settings, applicationId, System.currentTimeMillis());
    return record;
  }

  private static void copyIfThere(FileSystem fs, Path from, Path to) throws IOException {
    if (fs.exists(from)) {
      FileUtil.copy(fs, from, fs, to, false, true, fs.getConf());
    }
  }

  private static void write(FileSystem fs, Path path, String text) throws IOException {
    try (var out = fs.create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
