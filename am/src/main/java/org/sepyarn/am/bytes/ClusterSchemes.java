package org.sepyarn.am.bytes;

import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;

/**
 * The schemes of the file systems a job's bytes are counted on: the work folder's and every
 * dataset's (a path without a scheme is on the work folder's file system, where the client
 * resolved it).
 */
public final class ClusterSchemes {
  private ClusterSchemes() {
  }

  public static Set<String> of(FileSystem workFs, JobSpec job) {
    Set<String> schemes = new TreeSet<>();
    schemes.add(workFs.getUri().getScheme());
    for (FileSpec f : job.datasets()) {
      String scheme = new Path(f.path()).toUri().getScheme();
      schemes.add(scheme != null ? scheme : workFs.getUri().getScheme());
    }
    return schemes;
  }
}
