package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** YARN's {@code {{NAME}}} expansion of program.env values, done by the runner. */
class EnvExpansionTest {
  private static final File WORK = new File("/grid/nm/usercache/me/appcache/app_1/container_1/.");
  private static final Map<String, String> CONTAINER = Map.of("HOME", "/home/me", "JAVA_HOME", "/opt/jdk");

  @Test
  void pwdIsTheWorkingFolderAndOtherNamesTheContainersVariables() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("RSFROOT", "{{PWD}}/m8r");
    env.put("LD_LIBRARY_PATH", "{{PWD}}/m8r/lib:{{JAVA_HOME}}/lib");
    env.put("UNSET", "a{{NOPE}}b");
    env.put("PLAIN", "$PWD {{not a name}} {PWD} {{PWD}");
    Map<String, String> got = EnvExpansion.expand(env, WORK, CONTAINER::get);
    String pwd = "/grid/nm/usercache/me/appcache/app_1/container_1";
    assertEquals(Map.of("RSFROOT", pwd + "/m8r", "LD_LIBRARY_PATH", pwd + "/m8r/lib:/opt/jdk/lib", "UNSET", "ab",
        "PLAIN", "$PWD {{not a name}} {PWD} {{PWD}"), got);
  }

  @Test
  void aValueWithDollarsAndBackslashesIsCopiedLiterally() {
    assertEquals("/x/a$1\\\\b", EnvExpansion.expand("{{V}}", WORK, Map.of("V", "/x/a$1\\\\b")::get));
  }
}
