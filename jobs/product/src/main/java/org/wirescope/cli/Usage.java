package org.wirescope.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors exit 2, failed runs exit 1. Option values that picocli converts are checked by
 * converters; what only a command's settings can check (ranges, combinations) goes through {@link
 * #check}, which turns the settings' IllegalArgumentException into picocli's ParameterException, so
 * every bad option value ends the same way: its message, the usage help and exit code 2, before any
 * Spark work.
 */
final class Usage {
  private Usage() {}

  /** The settings a command's options make, or a usage error naming what is wrong. */
  static <T> T check(CommandSpec spec, Supplier<T> settings) {
    try {
      return settings.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** A usage error from a command. */
  static ParameterException error(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
