package org.sepyarn.client.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.cli.InvalidInputException;

class KeytabLoginTest {
  @TempDir
  Path dir;

  private static CommandLine parse(String... args) throws Exception {
    Options options = new Options();
    KeytabLogin.addOptions(options);
    return new DefaultParser().parse(options, args);
  }

  @Test
  void neitherOptionMeansTheTicketFromKinit() throws Exception {
    assertEquals(Optional.empty(), KeytabLogin.from(parse()));
  }

  @Test
  void bothOptionsNameThePrincipalAndTheKeytabAndReachTheSubmission() throws Exception {
    File keytab = Files.writeString(dir.resolve("alice.keytab"), "k").toFile();
    KeytabLogin login = KeytabLogin.from(parse("--principal", "alice@EXAMPLE.COM", "--keytab", keytab.getPath()))
        .orElseThrow();
    assertEquals("alice@EXAMPLE.COM", login.principal());
    Configuration conf = new Configuration(false);
    login.setIn(conf);
    assertEquals("alice@EXAMPLE.COM", conf.get(KeytabLogin.PRINCIPAL_KEY));
    assertEquals(keytab.getAbsolutePath(), conf.get(KeytabLogin.KEYTAB_KEY));
  }

  @Test
  void oneWithoutTheOtherIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> KeytabLogin.from(parse("--principal", "alice@EXAMPLE.COM")));
    assertTrue(e.getMessage().contains("--principal and --keytab go together"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> KeytabLogin.from(parse("--keytab", "/k")));
  }

  @Test
  void aMissingKeytabIsNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> KeytabLogin.from(parse("--principal", "alice", "--keytab", dir.resolve("none.keytab").toString())));
    assertTrue(e.getMessage().contains("none.keytab: no such file"), e.getMessage());
  }

  @Test
  void onAClusterWithoutKerberosTheLoginIsRefused() throws Exception {
    File keytab = Files.writeString(dir.resolve("alice.keytab"), "k").toFile();
    KeytabLogin login = new KeytabLogin("alice", keytab);
    InvalidInputException e = assertThrows(InvalidInputException.class, login::login);
    assertTrue(e.getMessage().contains("this one has none"), e.getMessage());
  }
}
