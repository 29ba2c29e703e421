package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A folder only its owner may enter ({@code 0700}): a standing cluster's state and configuration are its user's. */
final class PrivateFolder {
  private PrivateFolder() {
  }

  /** Creates {@code folder} (and its parents) when missing, and makes it {@code 0700}; returns it. */
  static Path of(Path folder) throws IOException {
    Files.createDirectories(folder);
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // A file system without POSIX permissions keeps its own rules.
    }
    return folder;
  }
}
