package org.sepyarn.client;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * The cluster's configuration as Hadoop's own commands find it: the {@code *-site.xml} files of
 * the folder {@code HADOOP_CONF_DIR} names, then of {@code YARN_CONF_DIR} (whose settings win,
 * as for the {@code yarn} command), on top of what the class path holds. Without either
 * variable, {@code $HADOOP_HOME/etc/hadoop} when {@code HADOOP_HOME} is set. So both
 * {@code bin/sepyarn} and {@code java -jar sepyarn.jar} (whose class path is the jar alone) talk to
 * the cluster the {@code hadoop} and {@code yarn} commands of the same shell talk to.
 */
public final class ConfigurationFolders {
  static final List<String> FILES = List.of("core-site.xml", "hdfs-site.xml", "yarn-site.xml");

  private ConfigurationFolders() {
  }

  /** A YARN configuration with the site files of the folders {@code env} names. */
  public static Configuration load(Function<String, String> env) {
    Configuration conf = new YarnConfiguration();
    for (File folder : folders(env)) {
      for (String name : FILES) {
        File file = new File(folder, name);
        if (file.isFile()) {
          conf.addResource(new Path(file.toURI()));
        }
      }
    }
    return conf;
  }

  /** The configuration folders {@code env} names, in the order their settings apply. */
  static List<File> folders(Function<String, String> env) {
    List<File> folders = new ArrayList<>();
    String hadoop = env.apply("HADOOP_CONF_DIR");
    String yarn = env.apply("YARN_CONF_DIR");
    String home = env.apply("HADOOP_HOME");
    if (isSet(hadoop)) {
      folders.add(new File(hadoop));
    } else if (isSet(home) && !isSet(yarn)) {
      folders.add(new File(home, "etc/hadoop"));
    }
    if (isSet(yarn) && !(isSet(hadoop) && new File(yarn).getAbsoluteFile().equals(new File(hadoop).getAbsoluteFile()))) {
      folders.add(new File(yarn));
    }
    return folders;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
