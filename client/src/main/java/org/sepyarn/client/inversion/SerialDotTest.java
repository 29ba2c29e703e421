package org.sepyarn.client.inversion;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.inversion.OperatorSpec;
import org.sepyarn.formats.solver.DotTest;

/**
 * The dot-product test of an operator, its programs run once each as processes on this machine on
 * whole vectors: a random model of {@code modelSpace}'s shape, its image, random data of the
 * image's shape, and the adjoint's image of that.
 */
public final class SerialDotTest {
  private SerialDotTest() {
  }

  /**
   * @param scratch an existing folder for the programs' datasets and logs
   * @throws IllegalArgumentException when a part of the operator cannot run here
   * @throws ProgramFailedException when a program fails
   */
  public static DotTest.Result run(OperatorSpec operator, String modelSpace, long seed, Path scratch,
      Configuration conf) throws IOException {
    GridVector model = SerialOperators.read(modelSpace, conf);
    RandomVectors random = new RandomVectors(seed);
    return DotTest.run(SerialOperators.build(operator, scratch, conf), random.like(model), random::like);
  }
}
