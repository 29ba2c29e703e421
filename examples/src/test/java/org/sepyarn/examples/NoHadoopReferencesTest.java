package org.sepyarn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example tools run inside YARN containers with only sepyarn.jar on the class path, so
 * neither they nor any sepyarn class they reach may refer to Hadoop. Reads the constant pools of
 * the compiled classes: every examples class, then every {@code org.sepyarn} class named in them,
 * transitively.
 */
class NoHadoopReferencesTest {
  private static final Pattern SEPYARN_CLASS = Pattern.compile("org/sepyarn/[A-Za-z0-9_/$]+");

  @Test
  void noClassReachableFromTheExamplesRefersToHadoop() throws Exception {
    Path classes = Path.of(Tools.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> roots = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
        String name = classes.relativize(p).toString();
        roots.add(name.substring(0, name.length() - ".class".length()));
      });
    }
    assertTrue(roots.contains("org/sepyarn/examples/Tools"), roots.toString());
    TreeMap<String, String> offenders = new TreeMap<>();
    Set<String> seen = new TreeSet<>(roots);
    Deque<String> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      String name = queue.pop();
      for (String text : utf8Constants(name)) {
        if (text.contains("org/apache/hadoop") || text.contains("org.apache.hadoop")) {
          offenders.put(name, text);
        }
        Matcher m = SEPYARN_CLASS.matcher(text);
        while (m.find()) {
          String referenced = m.group();
          if (seen.add(referenced) && exists(referenced)) {
            queue.add(referenced);
          }
        }
      }
    }
    assertEquals(new TreeMap<String, String>(), offenders, "classes reachable from the examples that mention Hadoop");
    assertTrue(seen.contains("org/sepyarn/formats/history/HistoryParser"), "the scan follows into formats");
    assertTrue(seen.stream().noneMatch(c -> c.startsWith("org/sepyarn/formats/dataset/")),
        "the Hadoop-based dataset package is never reached");
  }

  @Test
  void theScanSeesAHadoopReferenceWhereThereIsOne() throws Exception {
    assertTrue(exists("org/sepyarn/formats/dataset/DataFileSystems"), "formats' Hadoop-based class is on the path");
    assertTrue(utf8Constants("org/sepyarn/formats/dataset/DataFileSystems").stream()
        .anyMatch(s -> s.contains("org/apache/hadoop")));
  }

  private static boolean exists(String internalName) {
    return NoHadoopReferencesTest.class.getClassLoader().getResource(internalName + ".class") != null;
  }

  /** The CONSTANT_Utf8 entries of a class file's constant pool (class names, descriptors, strings). */
  private static List<String> utf8Constants(String internalName) {
    try (InputStream raw = NoHadoopReferencesTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
      assertNotNull(raw, internalName);
      DataInputStream in = new DataInputStream(raw);
      assertEquals(0xCAFEBABE, in.readInt(), internalName + " is not a class file");
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      List<String> texts = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1: texts.add(in.readUTF()); break;
          case 3: case 4: in.readInt(); break;
          case 5: case 6: in.readLong(); i++; break;
          case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
          case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
          case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
          default: throw new IllegalStateException("unknown constant pool tag " + tag + " in " + internalName);
        }
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
