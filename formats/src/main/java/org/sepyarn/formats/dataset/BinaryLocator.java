package org.sepyarn.formats.dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.history.History;

/**
 * Finds a dataset's binary from the header's {@code in=}: a path with a scheme is used as it is;
 * an absolute path without one is on the header's file system; a relative path is relative to
 * the header's folder; {@code ;} separates the parts of a SEPlib multi-file binary; {@code stdin}
 * or {@code follow_hdr} means the data follows the header's {@code \014\014\004} separator.
 */
final class BinaryLocator {
  private BinaryLocator() {
  }

  /** The parts of the binary that {@code header}'s {@code in=} names, with their lengths. */
  static List<BinaryPart> locate(FileSystem headerFs, HeaderFile header, History history) throws IOException {
    return locate(headerFs, header, history, BinaryScope.ANY_FILE_SYSTEM);
  }

  /** As {@link #locate(FileSystem, HeaderFile, History)}, refusing parts outside {@code scope}. */
  static List<BinaryPart> locate(FileSystem headerFs, HeaderFile header, History history, BinaryScope scope)
      throws IOException {
    Path headerPath = header.path();
    String in = history.get("in").orElseThrow(() -> new InvalidDatasetException("header " + headerPath
        + " has no in= parameter, so its binary cannot be found; add in=/path/to/binary@ (or in=\"stdin\" "
        + "when the data follows the header in the same file)"));
    String value = in.trim();
    if (value.equals("stdin") || value.equals("follow_hdr")) {
      long offset = header.dataOffset().orElseThrow(() -> new InvalidDatasetException("header " + headerPath
          + " says in=\"" + value + "\" (data follows the header) but holds no \\014\\014\\004 separator "
          + "before any data"));
      return List.of(new BinaryPart(headerPath, offset, header.fileLength() - offset));
    }
    List<BinaryPart> parts = new ArrayList<>();
    for (String name : value.split(";")) {
      if (!name.isBlank()) {
        Path path = resolve(headerFs, headerPath, name.trim());
        scope.check(headerFs, headerPath, "in", in.trim(), path);
        parts.add(part(headerFs, headerPath, path, in));
      }
    }
    if (parts.isEmpty()) {
      throw new InvalidDatasetException("header " + headerPath + " has in=\"" + in + "\", which names no binary file");
    }
    return List.copyOf(parts);
  }

  /** The qualified path {@code name} means when written in the header {@code headerPath}. */
  static Path resolve(FileSystem headerFs, Path headerPath, String name) throws InvalidDatasetException {
    Path p;
    try {
      p = new Path(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException("header " + headerPath + " names \"" + name + "\", which is not a valid path: "
          + e.getMessage(), e);
    }
    if (p.toUri().getScheme() != null) {
      return p;
    }
    if (!p.isAbsolute()) {
      p = new Path(headerPath.getParent(), p);
    }
    return p.makeQualified(headerFs.getUri(), headerFs.getWorkingDirectory());
  }

  private static BinaryPart part(FileSystem headerFs, Path headerPath, Path path, String in) throws IOException {
    FileSystem fs = path.toUri().getScheme() == null ? headerFs : path.getFileSystem(headerFs.getConf());
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw new InvalidDatasetException("binary " + path + " named by in=\"" + in + "\" in header " + headerPath
          + " does not exist", e);
    }
    if (status.isDirectory()) {
      throw new InvalidDatasetException("binary " + path + " named by in=\"" + in + "\" in header " + headerPath
          + " is a directory, not a file");
    }
    return new BinaryPart(status.getPath(), 0, status.getLen());
  }
}
