package org.sepyarn.client.submit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * The job's private folder on the cluster file system, {@code ~/.sepyarn/<application id>},
 * readable by its owner only (0700): the client stages the jar and the job there and the job
 * keeps its work in it.
 */
public final class StagingArea {
  static final FsPermission PRIVATE_DIR = new FsPermission((short) 0700);
  static final FsPermission PRIVATE_FILE = new FsPermission((short) 0600);

  private StagingArea() {
  }

  /** The work folder an application gets. */
  public static Path workFolder(FileSystem fs, ApplicationId appId) {
    return fs.makeQualified(new Path(new Path(fs.getHomeDirectory(), ".sepyarn"), appId.toString()));
  }

  /** Creates the private work folder and copies the jar and the job description into it. */
  public static WorkLayout stage(FileSystem fs, ApplicationId appId, java.nio.file.Path jar, String jobJson)
      throws IOException {
    Path parent = new Path(fs.getHomeDirectory(), ".sepyarn");
    mkdirsPrivate(fs, parent);
    Path work = workFolder(fs, appId);
    mkdirsPrivate(fs, work);
    WorkLayout layout = new WorkLayout(work);
    fs.copyFromLocalFile(false, true, new Path(jar.toAbsolutePath().toUri()), layout.jar());
    fs.setPermission(layout.jar(), PRIVATE_FILE);
    try (FSDataOutputStream out = fs.create(layout.job(), PRIVATE_FILE, true,
        fs.getConf().getInt("io.file.buffer.size", 4096), fs.getDefaultReplication(layout.job()),
        fs.getDefaultBlockSize(layout.job()), null)) {
      writeUtf8(out, jobJson);
    }
    fs.setPermission(layout.job(), PRIVATE_FILE);
    return layout;
  }

  private static void mkdirsPrivate(FileSystem fs, Path dir) throws IOException {
    if (!fs.exists(dir)) {
      fs.mkdirs(dir, PRIVATE_DIR);
    }
    // mkdirs applies the umask; the folder must be private whatever the umask is.
    fs.setPermission(dir, PRIVATE_DIR);
  }

  private static void writeUtf8(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
