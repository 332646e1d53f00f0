package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code pipeline} carries every option of every stage it runs, under the same names, with the same
 * default, type and arity: it composes the stages' option classes rather than declaring its own.
 * The stages are read from picocli's model of the real command line, so a new option on a stage
 * fails here until pipeline has it too.
 */
class PipelineOptionsTest {
  /** The commands pipeline runs, by PipelineCommand.Stage. */
  static List<String> stageCommands() {
    List<String> names = new ArrayList<>();
    for (PipelineCommand.Stage s : PipelineCommand.Stage.values()) {
      names.add(s.name());
    }
    return names;
  }

  /** Each option by its longest name, help and version left out. */
  static Map<String, OptionSpec> options(CommandSpec spec) {
    Map<String, OptionSpec> byName = new TreeMap<>();
    for (OptionSpec o : spec.options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        byName.put(o.longestName(), o);
      }
    }
    return byName;
  }

  /**
   * Differences between pipeline's options and the stages' options: empty when pipeline has them
   * all.
   */
  static List<String> missingOrDifferent(CommandLine root) {
    CommandSpec pipeline = root.getSubcommands().get("pipeline").getCommandSpec();
    Map<String, OptionSpec> carried = options(pipeline);
    List<String> problems = new ArrayList<>();
    for (String stage : stageCommands()) {
      CommandLine command = root.getSubcommands().get(stage);
      assertTrue(command != null, "pipeline stage " + stage + " is a command");
      for (OptionSpec o : options(command.getCommandSpec()).values()) {
        OptionSpec p = carried.get(o.longestName());
        if (p == null) {
          problems.add(stage + " " + o.longestName() + ": missing from pipeline");
          continue;
        }
        if (!Set.of(o.names()).equals(Set.of(p.names()))) {
          problems.add(
              stage
                  + " "
                  + o.longestName()
                  + ": names "
                  + List.of(o.names())
                  + " vs "
                  + List.of(p.names()));
        }
        if (!Objects.equals(o.defaultValue(), p.defaultValue())) {
          problems.add(
              stage
                  + " "
                  + o.longestName()
                  + ": default "
                  + o.defaultValue()
                  + " vs "
                  + p.defaultValue());
        }
        if (!o.type().equals(p.type()) || !o.arity().equals(p.arity())) {
          problems.add(stage + " " + o.longestName() + ": type or arity differs");
        }
        if (!List.of(o.description()).equals(List.of(p.description()))) {
          problems.add(stage + " " + o.longestName() + ": description differs");
        }
      }
    }
    return problems;
  }

  @Test
  void pipelineCarriesEveryStageOptionWithTheSameDefault() {
    CommandLine root = Wirescope.commandLine();
    assertEquals(List.of(), missingOrDifferent(root));
    // The check is not empty: the stages do have options (beyond --output) for it to compare.
    int compared = 0;
    for (String stage : stageCommands()) {
      compared += options(root.getSubcommands().get(stage).getCommandSpec()).size();
    }
    assertTrue(compared > 30, "stage options compared: " + compared);
  }

  @Test
  void aStageOptionPipelineLacksIsFound() {
    // A stage with an option pipeline does not declare: the check names it.
    CommandLine root = Wirescope.commandLine();
    CommandSpec topics = root.getSubcommands().get("topics").getCommandSpec();
    topics.addOption(
        OptionSpec.builder("--only-in-topics").type(int.class).defaultValue("3").build());
    List<String> problems = missingOrDifferent(root);
    assertEquals(List.of("topics --only-in-topics: missing from pipeline"), problems);
  }

  @Test
  void aDifferentDefaultIsFound() {
    CommandLine root = Wirescope.commandLine();
    CommandSpec pipeline = root.getSubcommands().get("pipeline").getCommandSpec();
    OptionSpec movers = pipeline.findOption("--movers");
    pipeline.remove(movers);
    pipeline.addOption(movers.toBuilder().defaultValue("7").build());
    List<String> problems = missingOrDifferent(root);
    assertTrue(problems.contains("topics --movers: default 5 vs 7"), problems.toString());
    assertTrue(
        problems.stream().allMatch(p -> p.startsWith("topics --movers: ")), problems.toString());
  }

  @Test
  void everyStageOptionIsInPipelineHelp() {
    String help = Wirescope.commandLine().getSubcommands().get("pipeline").getUsageMessage();
    for (String stage : stageCommands()) {
      for (String name :
          options(Wirescope.commandLine().getSubcommands().get(stage).getCommandSpec()).keySet()) {
        assertTrue(help.contains(name), "pipeline --help lists " + name);
      }
    }
    assertFalse(
        help.contains("--top "),
        "no bare --top: the quotes and report counts have their own names");
  }
}
