package org.sepyarn.formats.dataset;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Which file systems a dataset's binary ({@code in=}) and {@code par=} includes may be on. A job's
 * inputs keep them on their header's file system unless the job says {@code allowForeignBinaries}:
 * an {@code in=file:///...} in an HDFS header would be read on every node from that node's own disk,
 * while the client checked its own.
 */
public enum BinaryScope {
  /** Only the header's file system. */
  HEADERS_FILE_SYSTEM,
  /** Any file system. */
  ANY_FILE_SYSTEM;

  /** The scope of a job's inputs: any file system when the job allows foreign binaries. */
  public static BinaryScope forJob(boolean allowForeignBinaries) {
    return allowForeignBinaries ? ANY_FILE_SYSTEM : HEADERS_FILE_SYSTEM;
  }

  /**
   * Refuses {@code target}, named by {@code parameter}{@code ="value"} in the header
   * {@code header} on {@code headerFs}, when this scope does not allow its file system.
   *
   * @param target the qualified path the value means ({@link BinaryLocator#resolve})
   */
  void check(FileSystem headerFs, Path header, String parameter, String value, Path target)
      throws InvalidDatasetException {
    if (this == ANY_FILE_SYSTEM || sameFileSystem(headerFs, target)) {
      return;
    }
    URI h = headerFs.getUri();
    throw new InvalidDatasetException("dataset " + header + " says " + parameter + "=\"" + value + "\", which is "
        + target + " on another file system (" + fileSystemOf(target.toUri(), headerFs) + ") than the header's ("
        + h.getScheme() + "://" + (h.getAuthority() == null ? "" : h.getAuthority()) + "), so every node would"
        + " read it from its own " + (isLocal(target) ? "disk" : "view of that file system") + "; put the file on"
        + " the header's file system and name it by a path without a scheme (absolute, or relative to the"
        + " header's folder), or set \"allowForeignBinaries\": true in the job when that file system holds the"
        + " same file for every node");
  }

  /** Whether {@code target} is on {@code headerFs}: same scheme and authority (host and port). */
  static boolean sameFileSystem(FileSystem headerFs, Path target) {
    URI h = headerFs.getUri();
    URI t = target.toUri();
    if (t.getScheme() == null) {
      return true;
    }
    return t.getScheme().equalsIgnoreCase(h.getScheme())
        && Objects.equals(lower(authorityOf(t, headerFs)), lower(h.getAuthority()));
  }

  private static String authorityOf(URI t, FileSystem headerFs) {
    if (t.getAuthority() != null) {
      return t.getAuthority();
    }
    URI defaultFs = FileSystem.getDefaultUri(headerFs.getConf());
    return t.getScheme().equalsIgnoreCase(defaultFs.getScheme()) ? defaultFs.getAuthority() : null;
  }

  private static String fileSystemOf(URI t, FileSystem headerFs) {
    String authority = authorityOf(t, headerFs);
    return t.getScheme() + "://" + (authority == null ? "" : authority);
  }

  private static boolean isLocal(Path target) {
    return "file".equalsIgnoreCase(target.toUri().getScheme());
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
