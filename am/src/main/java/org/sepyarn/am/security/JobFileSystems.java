package org.sepyarn.am.security;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The file systems a job touches, for its delegation tokens; and the end of its staged keytab. */
public final class JobFileSystems {
  private static final Logger LOG = LoggerFactory.getLogger(JobFileSystems.class);

  private JobFileSystems() {
  }

  /**
   * The work folder's file system and those of the job's datasets and localized files, read from
   * the container's copy of the staged job (whose paths the client qualified).
   */
  public static Set<URI> of(WorkLayout work, Configuration conf) throws IOException {
    JobSpec job = JobSpec.parse(Files.readString(new File(WorkLayout.JOB).toPath(), StandardCharsets.UTF_8),
        WorkLayout.JOB);
    Set<URI> uris = new LinkedHashSet<>();
    uris.add(root(work.root(), conf));
    for (FileSpec file : job.datasets()) {
      uris.add(root(new Path(file.path()), conf));
    }
    for (URI localized : org.sepyarn.formats.flow.FlowTasks.of(job).containerProgram().localize()) {
      uris.add(root(new Path(localized), conf));
    }
    return uris;
  }

  private static URI root(Path path, Configuration conf) throws IOException {
    return FileSystem.get(path.toUri(), conf).getUri();
  }

  /** Deletes the keytab staged in the work folder, once the job has ended: nothing needs it any more. */
  public static void removeKeytab(WorkLayout work, Configuration conf) {
    try {
      work.root().getFileSystem(conf).delete(work.keytab(), false);
    } catch (IOException e) {
      LOG.warn("could not delete the staged keytab {}: {}", work.keytab(), e.toString());
    }
  }
}
