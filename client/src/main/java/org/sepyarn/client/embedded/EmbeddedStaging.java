package org.sepyarn.client.embedded;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.sepyarn.client.job.CheckedFile;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.formats.sep3d.Sep3dCopy;
import org.sepyarn.formats.sep3d.Sep3dDataset;

/**
 * Moves a checked local job onto the embedded cluster's file system: each local input dataset
 * is copied in as a dataset ({@link DatasetCopy}; a SEP3D one with its header records and grid,
 * {@link Sep3dCopy}), each local output gets a place on the cluster,
 * each local {@code program.localize} file is copied in with its executable bit, and the job is
 * each local {@code program.archives} archive is copied in, and the job is
 * rewritten to name the copies. Files already on another file system are left as they are.
 */
final class EmbeddedStaging {
  private static final FsPermission EXECUTABLE = new FsPermission((short) 0755);
  private static final FsPermission READABLE = new FsPermission((short) 0644);

  private final Configuration localConf;
  private final FileSystem cluster;
  private final Path folder;
  private final PrintStream log;

  /**
   * @param folder where the copies go on {@code cluster}
   * @param log where each copy is reported
   */
  EmbeddedStaging(Configuration localConf, FileSystem cluster, Path folder, PrintStream log) {
    this.localConf = localConf;
    this.cluster = cluster;
    this.folder = cluster.makeQualified(folder);
    this.log = log;
  }

  /** Files copied for the programs so far: each copy gets a folder of its own, whatever step ships it. */
  private int shipped;

  EmbeddedJob stage(CheckedJob checked) throws IOException {
    java.util.Map<Integer, String> copies = new java.util.HashMap<>();
    List<EmbeddedJob.OutputCopy> outputs = new ArrayList<>();
    for (CheckedFile f : checked.files()) {
      if (!isLocal(f.path().toUri())) {
        continue;
      }
      Path copy = new Path(new Path(folder, "files/" + f.index()), f.path().getName());
      if (f.spec().isInput()) {
        Path header = Sep3dDataset.isSep3d(f.dataset().orElseThrow().history())
            ? sep3dCopy(f.dataset().get(), copy) : DatasetCopy.copy(f.dataset().get(), localConf, cluster, copy, false);
        log.println("copied input " + f.field() + " " + f.path() + " to " + header + " ("
            + f.dataset().get().byteCount() + " bytes)");
      } else {
        // The output's folder must exist before the job is checked on the cluster, as on any cluster.
        cluster.mkdirs(copy.getParent());
        outputs.add(new EmbeddedJob.OutputCopy(f.field(), copy, f.path()));
      }
      copies.put(f.index(), copy.toString());
    }
    IOException[] failed = new IOException[1];
    JobSpec moved = checked.withDatasetsAt(f -> copies.getOrDefault(f.index(), f.spec().path()));
    JobSpec staged = moved.withPrograms(program -> {
      try {
        return program.withShipped(copied(program.localize(), "localize"), copied(program.archives(), "archives"));
      } catch (IOException e) {
        failed[0] = e;
        return program;
      }
    });
    if (failed[0] != null) {
      throw failed[0];
    }
    return new EmbeddedJob(staged, outputs);
  }

  /** A SEP3D dataset copied in with its header records and grid, which its trace history names. */
  private Path sep3dCopy(Dataset traces, Path copy) throws IOException {
    Sep3dCopy.copy(Sep3dDataset.open(traces.header().getFileSystem(localConf), traces.header()), localConf, cluster,
        copy, "sepyarn submit --embedded", java.util.Map.of("sepyarn_copied_from", traces.header().toString()));
    return cluster.makeQualified(copy);
  }

  /**
   * {@code uris} with each file on this machine copied in ({@code program.localize} with its
   * executable bit, {@code program.archives} as they are) and named by its copy, keeping its
   * {@code #name}; an archive keeps its file name, which tells YARN how to unpack it.
   */
  private List<URI> copied(List<URI> uris, String field) throws IOException {
    List<URI> copies = new ArrayList<>();
    for (int i = 0; i < uris.size(); i++) {
      URI uri = uris.get(i);
      if (!isLocal(uri)) {
        copies.add(uri);
        continue;
      }
      File local = new File(uri.getPath());
      if (!local.isFile()) {
        throw new IOException("program." + field + "[" + i + "]: " + local + " is not a file on this machine");
      }
      String name = field.equals("archives") ? local.getName() : ProgramSpec.localName(uri);
      Path copy = new Path(new Path(folder, field + "/" + shipped++), name);
      cluster.copyFromLocalFile(false, true, new Path(local.getAbsoluteFile().toURI()), copy);
      cluster.setPermission(copy, local.canExecute() ? EXECUTABLE : READABLE);
      log.println("copied program." + field + "[" + i + "] " + local + " to " + copy);
      copies.add(URI.create(copy.toUri() + (uri.getFragment() == null ? "" : "#" + uri.getFragment())));
    }
    return copies;
  }

  /** A path or URI on this machine: no scheme, or {@code file:}. */
  static boolean isLocal(URI uri) {
    return uri.getScheme() == null || uri.getScheme().equals("file");
  }

}
