package org.sepyarn.formats.dataset;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The text of a header file: everything before the {@code \014\014\004} separator when there is
 * one (the data then starts right after the {@code \004}), otherwise the whole file. Text is
 * decoded as UTF-8. A SEPlib pipe header is refused.
 */
final class HeaderFile {
  /** The bytes SEPlib and Madagascar put between a header and data that follows it. */
  static final byte[] SEPARATOR = {014, 014, 004};
  /** Longest header read without finding a separator before giving up. */
  static final int MAX_HEADER_BYTES = 32 << 20;
  /** Bytes fetched per read of a header; a header with its data in the same file reads at most this much data. */
  private static final int HEADER_BUFFER_BYTES = 8 << 10;

  private static final Pattern PIPE_HEADER = Pattern.compile("\\APIPE\\s");

  private final Path path;
  private final String text;
  private final long dataOffset;
  private final long fileLength;

  private HeaderFile(Path path, String text, long dataOffset, long fileLength) {
    this.path = path;
    this.text = text;
    this.dataOffset = dataOffset;
    this.fileLength = fileLength;
  }

  /** Reads the header {@code path} (qualified) from {@code fs}. */
  static HeaderFile read(FileSystem fs, Path path) throws IOException {
    long length = fs.getFileStatus(path).getLen();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    long dataOffset = -1;
    // A small buffer: past the separator are the data, which a header read should not fetch.
    try (InputStream in = new BufferedInputStream(fs.open(path), HEADER_BUFFER_BYTES)) {
      int matched = 0;
      long position = 0;
      int b;
      while ((b = in.read()) >= 0) {
        position++;
        if (b == (SEPARATOR[matched] & 0xff)) {
          matched++;
          if (matched == SEPARATOR.length) {
            dataOffset = position;
            break;
          }
          continue;
        }
        if (matched == 2 && b == SEPARATOR[0]) {
          // "\014\014\014": the first byte is text, the last two may still start the separator
          text.write(b);
        } else {
          text.write(SEPARATOR, 0, matched);
          text.write(b);
          matched = 0;
        }
        if (text.size() > MAX_HEADER_BYTES) {
          throw new InvalidDatasetException("header " + path + " has more than " + MAX_HEADER_BYTES + " bytes of text "
              + "without the \\014\\014\\004 separator: it is probably not a history file (a binary given as header?)");
        }
      }
      if (dataOffset < 0) {
        text.write(SEPARATOR, 0, matched);
      }
    }
    String decoded = text.toString(StandardCharsets.UTF_8);
    if (PIPE_HEADER.matcher(decoded).find()) {
      String firstLine = decoded.lines().findFirst().orElse("").trim();
      throw new InvalidDatasetException("header " + path + " is a SEPlib pipe header (\"" + firstLine + "\"): its data "
          + "went through a socket between two running programs and cannot be read from a file; write the data to "
          + "a file instead (for example redirect the program's output to a .H file)");
    }
    return new HeaderFile(path, decoded, dataOffset, length);
  }

  Path path() {
    return path;
  }

  String text() {
    return text;
  }

  /** Where the data following the separator starts, when the header has a separator. */
  OptionalLong dataOffset() {
    return dataOffset < 0 ? OptionalLong.empty() : OptionalLong.of(dataOffset);
  }

  long fileLength() {
    return fileLength;
  }
}
