/**
 * {@code sepyarn demo}: a small synthetic dataset, a patch job and a split job run on embedded
 * clusters, the same programs run serially, and a comparison of the two (bit for bit for the
 * split, away from and at the patch seams for the patches).
 */
package org.sepyarn.client.demo;
