package org.sepyarn.client.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.cli.InvalidInputException;

class ApplicationJarTest {
  @TempDir
  Path dir;

  private Path jar(String name, String entry) throws Exception {
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(entry));
    }
    return jar;
  }

  private static Configuration naming(Path jar) {
    Configuration conf = new Configuration(false);
    conf.set(ApplicationJar.KEY, jar.toString());
    return conf;
  }

  @Test
  void aNamedJarHoldingTheApplicationMasterIsUsed() throws Exception {
    Path jar = jar("sepyarn.jar", "org/sepyarn/am/ApplicationMasterMain.class");
    assertEquals(jar, ApplicationJar.locate(naming(jar)));
  }

  @Test
  void aNamedJarThatDoesNotExistIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ApplicationJar.locate(naming(dir.resolve("none.jar"))));
    assertTrue(e.getMessage().contains("none.jar does not exist"), e.getMessage());
  }

  @Test
  void aFileThatIsNoJarIsRefused() throws Exception {
    Path notJar = Files.writeString(dir.resolve("x.jar"), "text");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ApplicationJar.locate(naming(notJar)));
    assertTrue(e.getMessage().contains("is not a readable jar"), e.getMessage());
  }

  @Test
  void fromClassFoldersThereIsNoJarToStage() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ApplicationJar.locate(new Configuration(false)));
    assertTrue(e.getMessage().contains("sepyarn is not running from sepyarn.jar"), e.getMessage());
    assertTrue(e.getMessage().contains("mvn -B -DskipTests package"), e.getMessage());
  }
}
