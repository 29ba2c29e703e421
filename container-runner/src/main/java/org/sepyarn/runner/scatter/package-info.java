/**
 * Scatter tasks in their containers: one reads one slab of an input in one pass and writes every
 * reading task's part of it, then commits the parts as its pieces.
 */
package org.sepyarn.runner.scatter;
