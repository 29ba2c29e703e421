package org.sepyarn.runner.checksum;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.spec.PieceChecksum;
import org.sepyarn.runner.spec.SmallFiles;

/**
 * The checksums of a task's committed pieces, kept as {@value #NAME} in its pieces folder: written
 * into the attempt's folder before the rename that commits it, so the checksums are committed with
 * the pieces, and moved with them when {@code sepyarn resume} takes the task over.
 */
public final class PieceChecksumFile {
  /** The file's name in a pieces folder (no output's local name can take it: those start with {@code f<index>-}). */
  public static final String NAME = "checksums.json";
  private static final JsonMapper JSON = new JsonMapper();

  private PieceChecksumFile() {
  }

  public static void write(FileSystem fs, Path folder, List<PieceChecksum> checksums) throws IOException {
    SmallFiles.replace(fs, new Path(folder, NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(checksums));
  }

  /** The checksums in {@code piecesFolder}; empty when none were recorded (pieces of an older runner). */
  public static Optional<List<PieceChecksum>> read(FileSystem fs, Path piecesFolder) throws IOException {
    try (InputStream in = fs.open(new Path(piecesFolder, NAME))) {
      return Optional.of(JSON.readValue(in.readAllBytes(), new TypeReference<List<PieceChecksum>>() { }));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
