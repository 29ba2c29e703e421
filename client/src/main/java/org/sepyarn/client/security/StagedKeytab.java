package org.sepyarn.client.security;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.LocalResourceVisibility;
import org.apache.hadoop.yarn.api.records.URL;

/**
 * The user's keytab in the job's work folder (itself the user's alone), readable by the user
 * alone, for the ApplicationMaster's container only: localized with {@code APPLICATION}
 * visibility, so that no NodeManager keeps it in a cache after the job.
 */
public final class StagedKeytab {
  private static final FsPermission USER_ONLY = new FsPermission((short) 0600);

  private StagedKeytab() {
  }

  /** Copies {@code keytab} to {@code staged} and returns it as the ApplicationMaster's local resource. */
  public static LocalResource stage(FileSystem fs, File keytab, Path staged) throws IOException {
    try (InputStream in = Files.newInputStream(keytab.toPath());
        OutputStream out = FileSystem.create(fs, staged, USER_ONLY)) {
      in.transferTo(out);
    }
    FileStatus status = fs.getFileStatus(staged);
    return LocalResource.newInstance(URL.fromPath(fs.makeQualified(status.getPath())), LocalResourceType.FILE,
        LocalResourceVisibility.APPLICATION, status.getLen(), status.getModificationTime());
  }
}
