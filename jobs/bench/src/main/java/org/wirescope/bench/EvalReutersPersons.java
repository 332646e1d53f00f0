package org.wirescope.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Person recognition on Reuters-21578 as distributed, behind jobs/bin/eval-reuters-persons: ingest
 * and extract ({@code --persons text}, the PEOPLE tags unused) through the launcher, then two
 * queries through its {@code sql} command, printed as CSV:
 *
 * <ol>
 *   <li>{@link #RECALL}: of the PEOPLE tags whose surname the body writes capitalised, the share
 *       that a mention of the same article ends with (recall by text alone);
 *   <li>{@link #TOP_PERSONS}: the 100 persons named in the most articles, with the corpus's
 *       evidence about each, to be read by a person.
 * </ol>
 *
 * The stages' own output goes to stderr, and the queries' logs nowhere.
 */
@Command(
    name = "EvalReutersPersons",
    mixinStandardHelpOptions = true,
    description =
        "Person recognition on Reuters-21578 without the PEOPLE tags: recall and the top persons.")
public final class EvalReutersPersons implements Callable<Integer> {
  /**
   * PEOPLE tags (the last part of "first-last") whose surname the body writes capitalised as a
   * word, against the surnames (last words) of the same article's persons.
   */
  static final String RECALL =
      """

      WITH tags AS (
        SELECT a.article_id, lower(element_at(split(t, '-'), -1)) AS sur, a.body
        FROM articles a LATERAL VIEW explode(a.persons) x AS t
        WHERE a.duplicate_of IS NULL),
      named AS (SELECT * FROM tags WHERE body rlike concat('\\\\b', initcap(sur), '\\\\b')),
      found AS (SELECT DISTINCT article_id, lower(element_at(split(person, ' '), -1)) AS sur FROM mentions)
      SELECT count(*) AS named, count(f.sur) AS found, round(count(f.sur) / count(*), 4) AS recall
      FROM named n LEFT JOIN found f ON n.article_id = f.article_id AND n.sur = f.sur""";

  /**
   * The 100 persons in the most articles, with their confidence and the uses and cues behind it.
   */
  static final String TOP_PERSONS =
      """

      SELECT person, articles, round(confidence, 3) AS confidence, person_uses, organization_uses,
        place_uses, other_uses, person_cues, organization_cues
      FROM persons ORDER BY articles DESC, person LIMIT 100""";

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "Reuters-21578 (the .sgm files).")
  Path input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output folder for the tables.")
  Path out;

  @Mixin Stages stages = new Stages();

  @Mixin Stages.ExtractArgs extractArgs = new Stages.ExtractArgs();

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalReutersPersons(), args));
  }

  @Override
  public Integer call() {
    String o = out.toString();
    stage(stages.ingest(input, "reuters", o));
    stage(stages.command("extract", extractArgs.extract(o, "--persons", "text")));
    System.out.println(
        "== PEOPLE tags named in the body (surname capitalised), and found by text alone");
    query(List.of("--output", o, "--format", "csv", RECALL));
    System.out.println("== The 100 persons named in the most articles");
    query(List.of("--output", o, "--format", "csv", "--limit", "100", TOP_PERSONS));
    System.err.println("eval-reuters-persons: tables in " + out);
    return 0;
  }

  private void stage(List<String> command) {
    Child.run(command, Map.of(), Child.Sink.STDERR, Child.Sink.INHERIT);
  }

  private void query(List<String> args) {
    Child.run(stages.command("sql", args), Map.of(), Child.Sink.INHERIT, Child.Sink.DISCARD);
  }
}
