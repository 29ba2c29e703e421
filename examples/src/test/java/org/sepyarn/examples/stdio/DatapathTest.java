package org.sepyarn.examples.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.WrittenDataset;

class DatapathTest {
  private static final String HOST = "node7.cluster.example";

  @TempDir
  Path root;
  private Path cwd;
  private Path home;
  private Map<String, String> env;

  @BeforeEach
  void setUp() throws Exception {
    cwd = Files.createDirectories(root.resolve("work"));
    home = Files.createDirectories(root.resolve("home"));
    env = new HashMap<>();
  }

  private Datapath resolve(String... args) throws Exception {
    return Datapath.resolve(CommandLine.parse(args, cwd), env, cwd, home, HOST);
  }

  private void dotDatapath(Path folder, String text) throws Exception {
    Files.writeString(folder.resolve(".datapath"), text, StandardCharsets.ISO_8859_1);
  }

  @Test
  void theCommandLineComesFirst() throws Exception {
    env.put("DATAPATH", "/env/");
    dotDatapath(cwd, "datapath=/local/\n");
    assertEquals("/cmd/", resolve("datapath=/cmd/").prefix());
    assertEquals("datapath= on the command line", resolve("datapath=/cmd/").source());
  }

  @Test
  void theEnvironmentComesBeforeDatapathFiles() throws Exception {
    env.put("DATAPATH", "/env/");
    dotDatapath(cwd, "datapath=/local/\n");
    dotDatapath(home, "datapath=/home/\n");
    assertEquals("/env/", resolve().prefix());
    assertEquals("$DATAPATH", resolve().source());
  }

  @Test
  void theCurrentFoldersDatapathFileComesBeforeTheHomeFolders() throws Exception {
    dotDatapath(cwd, "datapath=/local/\n");
    dotDatapath(home, "datapath=/home/\n");
    assertEquals("/local/", resolve().prefix());
    Files.delete(cwd.resolve(".datapath"));
    assertEquals("/home/", resolve().prefix());
    assertEquals(home.resolve(".datapath").toString(), resolve().source());
  }

  @Test
  void aLineForThisHostWinsOverAPlainLineAndOtherHostsAreIgnored() throws Exception {
    dotDatapath(cwd, "datapath=/any/\nnode7 datapath=/mine/\nnode8 datapath=/theirs/\n");
    assertEquals("/mine/", resolve().prefix());
    dotDatapath(cwd, "node7.cluster.example datapath=/full/\ndatapath=/any/\n");
    assertEquals("/full/", resolve().prefix());
    dotDatapath(cwd, "# datapath=/commented/\nnode8 datapath=/theirs/\ndatapath=/any/\n");
    assertEquals("/any/", resolve().prefix());
  }

  @Test
  void aDatapathFileWithoutAnApplicableLineIsPassedOver() throws Exception {
    dotDatapath(cwd, "node8 datapath=/theirs/\n");
    dotDatapath(home, "datapath=\"/home/data/\"\n");
    assertEquals("/home/data/", resolve().prefix());
  }

  @Test
  void withNothingSetItIsTheCurrentFolder() throws Exception {
    assertEquals(cwd + "/", resolve().prefix());
    assertEquals("the current folder", resolve().source());
  }

  @Test
  void aDatapathIsAPrefixUsedAsWritten() throws Exception {
    ToolHarness world = new ToolHarness(root);
    Path header = world.cwd().resolve("out.H");
    WrittenDataset out = world.runTo(header, new byte[0], "spike", "n1=3", "datapath=" + root + "/pre_").dataset();
    assertEquals(root + "/pre_out.H@", out.history().requireString("in"));
  }

  @Test
  void aDatapathStartingWithDotSlashStaysRelativeInTheHeader() throws Exception {
    ToolHarness world = new ToolHarness(root);
    Files.createDirectories(world.cwd().resolve("bin"));
    Path header = world.cwd().resolve("out.H");
    WrittenDataset out = world.runTo(header, new byte[0], "spike", "n1=3", "datapath=./bin/").dataset();
    assertEquals("./bin/out.H@", out.history().requireString("in"));
    assertTrue(Files.isRegularFile(world.cwd().resolve("bin/out.H@")));
  }

  @Test
  void theToolsFollowTheEnvironmentAndTheDatapathFiles() throws Exception {
    ToolHarness world = new ToolHarness(root);
    Path local = Files.createDirectories(root.resolve("local"));
    Path fromHome = Files.createDirectories(root.resolve("fromhome"));
    dotDatapath(world.home(), "datapath=" + fromHome + "/\n");
    Path header = world.cwd().resolve("a.H");
    assertEquals(fromHome.resolve("a.H@"), world.runTo(header, new byte[0], "spike", "n1=1").dataset().binaryFile());
    dotDatapath(world.cwd(), "datapath=" + local + "/\n");
    assertEquals(local.resolve("a.H@"), world.runTo(header, new byte[0], "spike", "n1=1").dataset().binaryFile());
    Path fromEnv = Files.createDirectories(root.resolve("fromenv"));
    world.env().put("DATAPATH", fromEnv + "/");
    assertEquals(fromEnv.resolve("a.H@"), world.runTo(header, new byte[0], "spike", "n1=1").dataset().binaryFile());
  }

  @Test
  void datapathStdoutSendsTheDataAfterTheHeader() throws Exception {
    ToolHarness world = new ToolHarness(root);
    world.env().put("DATAPATH", "stdout");
    assertTrue(world.run("spike", "n1=2").dataset().dataFollowed());
  }
}
