package org.sepyarn.runner.stage;

import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.iocount.IoCounter;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Which file systems an attempt's bytes are counted on: the work folder's (commits) and every
 * input's (fetches; a gathered input's pieces are in the work folder), by scheme; a path without
 * one is on the default file system. The container's working folder is on the local disk
 * ({@code file}) and is not counted, unless the job's own datasets are on {@code file} too.
 */
final class ClusterFileSystems {
  private ClusterFileSystems() {
  }

  static IoCounter counterFor(TaskContext ctx) {
    Set<String> schemes = new TreeSet<>();
    schemes.add(scheme(ctx.work().root(), ctx));
    for (TaskFile f : ctx.task().files()) {
      if (f.role() == FileRole.INPUT && f.gather() == null) {
        schemes.add(scheme(new Path(f.source()), ctx));
      }
    }
    return IoCounter.forSchemes(schemes);
  }

  private static String scheme(Path path, TaskContext ctx) {
    String scheme = path.toUri().getScheme();
    return scheme != null ? scheme : FileSystem.getDefaultUri(ctx.conf()).getScheme();
  }
}
