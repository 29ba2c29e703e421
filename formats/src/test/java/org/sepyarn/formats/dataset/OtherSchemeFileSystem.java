package org.sepyarn.formats.dataset;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme, {@code other:///}: a file system that is not the local one
 * by its URI, as HDFS is not, for tests of paths that cross file systems.
 */
public final class OtherSchemeFileSystem extends RawLocalFileSystem {
  static final URI URI_OF = URI.create("other:///");

  /** {@code conf} with {@code other:} served by this class. */
  static Configuration register(Configuration conf) {
    conf.set("fs.other.impl", OtherSchemeFileSystem.class.getName());
    conf.setBoolean("fs.other.impl.disable.cache", true);
    return conf;
  }

  @Override
  public URI getUri() {
    return URI_OF;
  }

  @Override
  public String getScheme() {
    return "other";
  }
}
