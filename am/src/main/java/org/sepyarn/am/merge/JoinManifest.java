package org.sepyarn.am.merge;

import java.util.List;

/**
 * Everything needed to finish joining one output's piece binaries in place, written to the work
 * folder before the first step so that a new ApplicationMaster attempt can finish the join without
 * opening the pieces (whose binaries the join moves).
 *
 * @param fileIndex the output's position in the job's files
 * @param header the final dataset's header (a URI)
 * @param binary the final binary, {@code <header>@}
 * @param joined the hidden file the pieces are joined into before it becomes {@link #binary}
 * @param pieces every piece binary in order, with its length
 * @param headerText the final header's text, naming {@link #binary} as {@code in=}
 * @param overwrite whether an existing dataset at {@link #header} may be replaced
 */
public record JoinManifest(int fileIndex, String header, String binary, String joined, List<Piece> pieces,
    String headerText, boolean overwrite) {
  public JoinManifest {
    pieces = List.copyOf(pieces);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("a join needs at least one piece");
    }
  }

  /** One piece binary and its length in bytes. */
  public record Piece(String path, long bytes) {
  }

  /** The final binary's length: every piece's bytes. */
  public long totalBytes() {
    return pieces.stream().mapToLong(Piece::bytes).sum();
  }
}
