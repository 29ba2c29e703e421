package org.sepyarn.runner.spec;

import java.util.Objects;

/**
 * The checksum of one file of a committed output piece.
 *
 * @param output the local name of the output the piece belongs to (its header's name in the
 *     pieces folder)
 * @param file the file: a name inside the task's pieces folder (the piece's header, with its data
 *     unless it is joinable), or the full path of a piece binary written beside the final output
 * @param length its length in bytes
 * @param checksum the algorithm and value, e.g. {@code COMPOSITE-CRC32C:1a2b3c4d}
 */
public record PieceChecksum(String output, String file, long length, String checksum) {
  public PieceChecksum {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(checksum, "checksum");
  }

  /** Whether {@link #file} is a name in the pieces folder rather than a full path. */
  public boolean inPiecesFolder() {
    return !file.contains("/");
  }
}
