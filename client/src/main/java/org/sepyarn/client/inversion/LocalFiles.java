package org.sepyarn.client.inversion;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.embedded.DatasetCopy;
import org.sepyarn.formats.dataset.Dataset;

/**
 * The datasets an operator program reads beside its vectors, as files a local process can open:
 * a dataset on this machine's file system as it is, one on a cluster's file system copied once
 * into the scratch folder.
 */
final class LocalFiles {
  private final java.nio.file.Path scratch;
  private final Configuration conf;
  private final Map<String, String> copies = new HashMap<>();

  LocalFiles(java.nio.file.Path scratch, Configuration conf) {
    this.scratch = scratch;
    this.conf = conf;
  }

  /** A local path of dataset {@code path}. */
  String local(String path) throws IOException {
    String known = copies.get(path);
    if (known != null) {
      return known;
    }
    Path source = new Path(path);
    FileSystem fs = source.getFileSystem(conf);
    String local;
    if ("file".equals(fs.getScheme())) {
      local = fs.makeQualified(source).toUri().getPath();
    } else {
      java.nio.file.Path target = scratch.resolve("file-" + copies.size() + "-" + source.getName());
      DatasetCopy.copy(Dataset.open(source, conf), conf, FileSystem.getLocal(conf), new Path(target.toUri()), true);
      local = target.toString();
    }
    copies.put(path, local);
    return local;
  }
}
