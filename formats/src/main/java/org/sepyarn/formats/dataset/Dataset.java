package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistoryDialect;
import org.sepyarn.formats.history.HistoryParser;
import org.sepyarn.formats.history.IncludeResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opened regular dataset: its header's path and parsed history, the hypercube and element
 * format the history describes, and the parts of its binary, whose total length has been checked
 * against the hypercube. Immutable; read samples with {@link DatasetReader}.
 */
public final class Dataset {
  private static final Logger LOG = LoggerFactory.getLogger(Dataset.class);

  private final Path header;
  private final History history;
  private final Hypercube cube;
  private final ElementFormat format;
  private final List<BinaryPart> parts;

  private Dataset(Path header, History history, Hypercube cube, ElementFormat format, List<BinaryPart> parts) {
    this.header = header;
    this.history = history;
    this.cube = cube;
    this.format = format;
    this.parts = List.copyOf(parts);
  }

  /** Opens the dataset whose header is {@code header}, on the file system its path names. */
  public static Dataset open(Path header, Configuration conf) throws IOException {
    return open(header.getFileSystem(conf), header);
  }

  /** Opens the dataset whose header is {@code header} on {@code fs}, reading the history with SEPlib's rules. */
  public static Dataset open(FileSystem fs, Path header) throws IOException {
    return open(fs, header, HistoryDialect.SEPLIB);
  }

  /**
   * Opens the dataset whose header is {@code header} on {@code fs}. {@code par=} includes in the
   * history are read from the file system, relative to the header's folder.
   *
   * @throws InvalidDatasetException when the header or binary do not make a valid dataset
   * @throws java.io.FileNotFoundException when the header does not exist
   */
  public static Dataset open(FileSystem headerFs, Path header, HistoryDialect dialect) throws IOException {
    return open(headerFs, header, dialect, BinaryScope.ANY_FILE_SYSTEM);
  }

  /**
   * Opens the dataset whose header is {@code header}, on the file system its path names, with its
   * binary and {@code par=} includes where {@code scope} allows: a job's inputs are opened so.
   *
   * @throws InvalidDatasetException also when the binary or an include is outside {@code scope}
   */
  public static Dataset open(Path header, Configuration conf, BinaryScope scope) throws IOException {
    return open(header.getFileSystem(conf), header, HistoryDialect.SEPLIB, scope);
  }

  /** As {@link #open(FileSystem, Path, HistoryDialect)}, with the binary and includes where {@code scope} allows. */
  public static Dataset open(FileSystem headerFs, Path header, HistoryDialect dialect, BinaryScope scope)
      throws IOException {
    FileSystem fs = DataFileSystems.forData(headerFs);
    Path qualified = fs.makeQualified(Objects.requireNonNull(header, "header"));
    HeaderFile file = HeaderFile.read(fs, qualified);
    IncludeResolver includes = name -> {
      Path include = BinaryLocator.resolve(fs, qualified, name);
      scope.check(fs, qualified, "par", name, include);
      return readText(BinaryScope.sameFileSystem(fs, include) ? fs : include.getFileSystem(fs.getConf()), include);
    };
    History history;
    Hypercube cube;
    ElementFormat format;
    try {
      history = new HistoryParser(dialect, includes).parse(qualified.toString(), file.text());
      cube = HistoryAxes.cube(history);
      format = HistoryAxes.format(history);
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException(e.getMessage(), e);
    } catch (IOException e) {
      if (e.getCause() instanceof InvalidDatasetException && !(e instanceof InvalidDatasetException)) {
        throw new InvalidDatasetException(e.getMessage(), e);
      }
      throw e;
    }
    List<BinaryPart> parts = BinaryLocator.locate(fs, file, history, scope);
    BinarySize.check(qualified, cube, format, parts);
    LOG.debug("opened dataset {}: {} {} in {} part(s)", qualified, cube, format, parts.size());
    return new Dataset(qualified, history, cube, format, parts);
  }

  private static String readText(FileSystem fs, Path path) throws IOException {
    long length = fs.getFileStatus(path).getLen();
    if (length > HeaderFile.MAX_HEADER_BYTES) {
      throw new IOException(path + " holds " + length + " bytes, more than the " + HeaderFile.MAX_HEADER_BYTES
          + " a parameter file may have");
    }
    try (InputStream in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The header's fully qualified path. */
  public Path header() {
    return header;
  }

  public History history() {
    return history;
  }

  public Hypercube cube() {
    return cube;
  }

  public ElementFormat format() {
    return format;
  }

  /** The binary's parts in order; their bytes concatenated are the samples in storage order. */
  public List<BinaryPart> parts() {
    return parts;
  }

  /** Whether the samples follow the header in the header file itself ({@code in="stdin"}). */
  public boolean dataInHeader() {
    return parts.size() == 1 && parts.get(0).path().equals(header) && parts.get(0).offset() > 0;
  }

  /** Bytes of sample data: {@code n1*...*n9*esize}. */
  public long byteCount() {
    return BinarySize.expected(cube, format);
  }

  /**
   * The qualified path a file name written in this header means ({@code hff=}, {@code gff=}):
   * as for {@code in=}, relative names are relative to the header's folder.
   */
  public Path resolve(String name) throws InvalidDatasetException {
    Path p;
    try {
      p = new Path(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException("header " + header + " names \"" + name + "\", which is not a valid path: "
          + e.getMessage(), e);
    }
    if (p.toUri().getScheme() != null) {
      return p;
    }
    if (!p.isAbsolute()) {
      return new Path(header.getParent(), p);
    }
    java.net.URI h = header.toUri();
    return new Path(h.getScheme(), h.getAuthority(), p.toUri().getPath());
  }

  /** A summary for display: axes, format, size, binary location and program sections. */
  public DatasetSummary summary() {
    return new DatasetSummary(header, cube, format, byteCount(), parts, history.programTitles());
  }

  @Override
  public String toString() {
    return "Dataset[" + header + " " + cube + " " + format + "]";
  }
}
