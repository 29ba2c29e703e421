package org.sepyarn.am.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the binaries of a concatenated output's pieces can be joined in place by HDFS
 * {@code concat} (no byte copied) rather than streamed into a new file. Pure: the facts come from
 * the file system through {@link JoinFacts}. HDFS joins files only when the sources sit in the
 * target's folder, are closed and non-empty, have a block size no larger than the target's and the
 * same erasure-coding policy, and lie outside encryption zones; the output must also be split along
 * its slowest non-unit axis, so that its samples are the pieces' samples one after another.
 */
public final class JoinPreconditions {
  private JoinPreconditions() {
  }

  /**
   * One piece's binary as found.
   *
   * @param path the binary, or null when the piece's data follows its header or is in several parts
   * @param folder the binary's folder
   * @param expectedBytes the bytes the piece's header describes
   * @param length the binary's length
   * @param blockSize its block size
   * @param erasureCoding its erasure-coding policy's name, or null for replication
   */
  public record PieceBinary(String path, String folder, long expectedBytes, long length, long blockSize,
      String erasureCoding) {
  }

  /**
   * Facts about one output and its pieces.
   *
   * @param hdfs whether the output is on HDFS ({@code DistributedFileSystem})
   * @param encryptionZone the encryption zone of the output's folder, or null
   * @param outputFolder the final dataset's folder
   * @param slowestAxis whether every axis after the concatenation axis has length 1 in the output
   * @param pieces every piece, in task order
   */
  public record Facts(boolean hdfs, String encryptionZone, String outputFolder, boolean slowestAxis,
      List<PieceBinary> pieces) {
    public Facts {
      pieces = List.copyOf(pieces);
    }
  }

  /** Why the pieces cannot be joined in place, or empty when they can. */
  public static Optional<String> whyNot(Facts facts) {
    if (!facts.hdfs()) {
      return Optional.of("the output is not on HDFS");
    }
    if (!facts.slowestAxis()) {
      return Optional.of("the output is not split along its slowest non-unit axis");
    }
    if (facts.encryptionZone() != null) {
      return Optional.of("the output's folder is in encryption zone " + facts.encryptionZone());
    }
    if (facts.pieces().isEmpty()) {
      return Optional.of("there are no pieces");
    }
    PieceBinary first = facts.pieces().get(0);
    for (int t = 0; t < facts.pieces().size(); t++) {
      PieceBinary p = facts.pieces().get(t);
      String piece = "the piece of task " + t;
      if (p.path() == null) {
        return Optional.of(piece + " has no separate binary");
      }
      if (!p.folder().equals(facts.outputFolder())) {
        return Optional.of(piece + " is in " + p.folder() + ", not in the output's folder " + facts.outputFolder());
      }
      if (p.length() == 0) {
        return Optional.of(piece + " is empty");
      }
      if (p.length() != p.expectedBytes()) {
        return Optional.of(piece + " holds " + p.length() + " bytes, not the " + p.expectedBytes()
            + " its header describes");
      }
      if (p.blockSize() > first.blockSize()) {
        return Optional.of(piece + " has blocks of " + p.blockSize() + " bytes, larger than the first piece's "
            + first.blockSize());
      }
      if (!Objects.equals(p.erasureCoding(), first.erasureCoding())) {
        return Optional.of(piece + " has erasure-coding policy " + p.erasureCoding() + " but the first piece has "
            + first.erasureCoding());
      }
    }
    return Optional.empty();
  }
}
