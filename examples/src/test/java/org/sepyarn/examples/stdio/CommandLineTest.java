package org.sepyarn.examples.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir
  Path cwd;

  @Test
  void aLaterArgumentOverridesAnEarlierOne() {
    ParameterTable p = CommandLine.parse(new String[] {"rect1=3", "n1=5", "rect1=7"}, cwd);
    assertEquals(7, p.requireInt("rect1"));
    assertEquals(5, p.requireInt("n1"));
  }

  @Test
  void aParFileIsInsertedWhereItAppearsSoLaterArgumentsStillOverrideIt() throws Exception {
    Files.writeString(cwd.resolve("p.par"), "# defaults\nrect1=4 rect2=5\nlabel1=\"two words\"\n");
    ParameterTable p = CommandLine.parse(new String[] {"rect1=1", "par=p.par", "rect2=9"}, cwd);
    assertEquals(4, p.requireInt("rect1"));
    assertEquals(9, p.requireInt("rect2"));
    assertEquals("two words", p.requireString("label1"));
    assertEquals("in par=p.par on the command line", p.origin("rect1"));
  }

  @Test
  void parFilesMayIncludeOthersRelativeToTheCurrentFolder() throws Exception {
    Files.createDirectories(cwd.resolve("pars"));
    Files.writeString(cwd.resolve("pars/inner.par"), "freq=25\n");
    Files.writeString(cwd.resolve("outer.par"), "par=pars/inner.par nt=100\n");
    ParameterTable p = CommandLine.parse(new String[] {"par=outer.par"}, cwd);
    assertEquals(25, p.requireDouble("freq"));
    assertEquals(100, p.requireInt("nt"));
  }

  @Test
  void aMissingParFileIsNamed() {
    ToolException e = assertThrows(ToolException.class,
        () -> CommandLine.parse(new String[] {"par=absent.par"}, cwd));
    assertTrue(e.getMessage().contains("par=absent.par"), e.getMessage());
  }

  @Test
  void aWordThatIsNotKeyEqualsValueIsRefused() {
    ToolException e = assertThrows(ToolException.class, () -> CommandLine.parse(new String[] {"verbose"}, cwd));
    assertTrue(e.getMessage().startsWith("argument \"verbose\" is not a key=value parameter"), e.getMessage());
    assertThrows(ToolException.class, () -> CommandLine.parse(new String[] {"=3"}, cwd));
    assertThrows(ToolException.class, () -> CommandLine.parse(new String[] {"1x=3"}, cwd));
  }

  @Test
  void madagascarsDoubleDashAndLiteralQuotesAreAccepted() {
    ParameterTable p = CommandLine.parse(new String[] {"--out=stdout", "label1=\"time\"", "unit1='s'"}, cwd);
    assertEquals("stdout", p.requireString("out"));
    assertEquals("time", p.requireString("label1"));
    assertEquals("s", p.requireString("unit1"));
  }
}
