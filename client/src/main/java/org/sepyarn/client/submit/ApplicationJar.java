package org.sepyarn.client.submit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.jar.JarFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.ClassUtil;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * Finds the {@code sepyarn.jar} to stage: the system property or configuration key
 * {@value #KEY} when set, otherwise the jar this class was loaded from (also under
 * {@code yarn jar}). Refuses a jar that does not hold the ApplicationMaster (such as the module's
 * plain jar, without its dependencies).
 */
public final class ApplicationJar {
  public static final String KEY = "sepyarn.jar";
  private static final String HOW_TO_BUILD = "run mvn -B -DskipTests package to build client/target/sepyarn.jar,"
      + " or name the jar with -D" + KEY + "=PATH";

  private ApplicationJar() {
  }

  public static Path locate(Configuration conf) throws InvalidInputException {
    String named = System.getProperty(KEY);
    if (named == null || named.isBlank()) {
      named = conf.getTrimmed(KEY);
    }
    if (named != null && !named.isBlank()) {
      return check(Paths.get(named).toAbsolutePath(), KEY + "=" + named);
    }
    // Under `yarn jar`, RunJar also unpacks the jar and loads classes from the unpacked folder
    // first, so the class's code source is not the jar; Hadoop's own lookup finds the jar itself.
    String containing = ClassUtil.findContainingJar(ApplicationJar.class);
    if (containing == null) {
      throw new InvalidInputException("sepyarn is not running from sepyarn.jar (its classes come from "
          + codeSource() + "), so there is no jar to stage: " + HOW_TO_BUILD);
    }
    return check(Paths.get(containing), "the jar sepyarn runs from");
  }

  private static Path codeSource() {
    CodeSource source = ApplicationJar.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Paths.get(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Path check(Path jar, String what) throws InvalidInputException {
    if (!Files.isRegularFile(jar)) {
      throw new InvalidInputException(what + ": " + jar + " does not exist; " + HOW_TO_BUILD);
    }
    String amEntry = AppSubmitter.AM_CLASS.replace('.', '/') + ".class";
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.getEntry(amEntry) == null) {
        throw new InvalidInputException(what + ": " + jar + " does not hold the ApplicationMaster (" + amEntry
            + "), so it is not the sepyarn.jar that mvn package makes; " + HOW_TO_BUILD);
      }
    } catch (IOException e) {
      throw new InvalidInputException(what + ": " + jar + " is not a readable jar (" + e.getMessage() + "); "
          + HOW_TO_BUILD);
    }
    return jar;
  }
}
