package org.sepyarn.am;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.BinaryPart;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a flow's task failed because a piece it reads is lost, finds which of the tasks it reads
 * from committed pieces that are gone or damaged: a header or binary missing or short, a block no
 * DataNode holds, or a block HDFS knows is corrupt. Each such folder is moved aside (so
 * that the task's next attempt commits anew) and the task is returned, to run again.
 */
final class LostPieceCheck {
  private static final Logger LOG = LoggerFactory.getLogger(LostPieceCheck.class);

  private final FileSystem fs;
  private final WorkLayout work;

  LostPieceCheck(FileSystem fs, WorkLayout work) {
    this.fs = fs;
    this.work = work;
  }

  /**
   * The pieces {@code reader} reads: job-wide number of the writing task to the piece's local name,
   * for the pieces it gathers across and those among {@code writers} (the tasks it needs) that it
   * reads whole, whose URI {@code pieceUri} gives.
   */
  static Map<Integer, String> piecesReadBy(TaskSpec reader, List<Integer> writers,
      java.util.function.BiFunction<Integer, String, String> pieceUri) {
    Map<Integer, String> pieces = new java.util.TreeMap<>();
    for (TaskFile f : reader.files()) {
      if (f.gather() != null) {
        for (int p = 0; p < f.gather().writerTasks(); p++) {
          pieces.put(f.gather().writerFirstTask() + p, f.gather().writerLocalName());
        }
      } else if (f.role() == FileRole.INPUT && f.source() != null) {
        String name = new Path(f.source()).getName();
        for (int writer : writers) {
          if (f.source().equals(pieceUri.apply(writer, name))) {
            pieces.put(writer, name);
          }
        }
      }
    }
    return pieces;
  }

  /**
   * Of the pieces {@code pieces} names (job-wide task number of the writer to the piece's local
   * name), the writers whose piece is lost, their folders moved aside.
   */
  List<Integer> lostAmong(Map<Integer, String> pieces) {
    List<Integer> lost = new ArrayList<>();
    pieces.forEach((writer, localName) -> {
      Path folder = work.pieces(writer);
      try {
        String why = damage(work.piece(writer, localName));
        if (why != null) {
          LOG.warn("task {}'s committed piece {} is lost: {}", writer, localName, why);
          moveAside(folder);
          lost.add(writer);
        }
      } catch (IOException e) {
        LOG.warn("cannot tell whether task {}'s piece in {} is whole: {}", writer, folder, e.toString());
      }
    });
    return lost;
  }

  /**
   * Why the piece whose header is {@code header} cannot be read, or null when its header and every
   * byte of its binary are there, each block with a replica and none known corrupt.
   */
  private String damage(Path header) throws IOException {
    Dataset piece;
    try {
      piece = Dataset.open(fs, header);
    } catch (FileNotFoundException e) {
      return header + " is gone";
    } catch (InvalidDatasetException e) {
      return header + " cannot be read: " + e.getMessage();
    }
    for (BinaryPart part : piece.parts()) {
      FileStatus f;
      try {
        f = fs.getFileStatus(part.path());
      } catch (FileNotFoundException e) {
        return "its binary " + part.path() + " is gone";
      }
      if (f.getLen() < part.offset() + part.length()) {
        return "its binary " + part.path() + " holds " + f.getLen() + " bytes of the " + (part.offset() + part.length())
            + " its header needs";
      }
      for (BlockLocation block : fs.getFileBlockLocations(f, part.offset(), part.length())) {
        if (block.isCorrupt() || block.getHosts().length == 0) {
          return part.path() + " has a block at offset " + block.getOffset() + (block.isCorrupt() ? " that is corrupt"
              : " that no DataNode holds");
        }
      }
    }
    return null;
  }

  private void moveAside(Path folder) throws IOException {
    if (!fs.exists(folder)) {
      return;
    }
    Path aside = new Path(folder.getParent(), "." + folder.getName() + ".lost-" + System.currentTimeMillis());
    if (!fs.rename(folder, aside)) {
      throw new IOException("cannot move " + folder + " aside to " + aside);
    }
  }
}
