using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Fuzz;

namespace IacTest.Lint.Tests.Engine;

/// <summary>
/// A failure while linting one file (a parser or rule bug) is that file's positioned error in the project's words,
/// and every other file's findings stand.
/// </summary>
public sealed class EngineContainmentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-contain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // By name: the stages are the engine's internals, which a public test method cannot take as a parameter type.
    public static TheoryData<string> Stages => new(Enum.GetNames<LintStage>());

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_failure_at_any_stage_is_one_error_of_that_file_and_the_other_files_are_complete(string stageName)
    {
        var stage = Enum.Parse<LintStage>(stageName);
        // Given a folder of good files with findings, and one file the engine fails on at this stage
        var files = GoodFiles();
        var broken = Write("broken.yml", "---\nkey: value\n");
        var all = files.Append(broken).Order(StringComparer.Ordinal).ToArray();
        var expected = new LintEngine().LintFiles(files, new LintConfiguration(), 1);

        // When the folder is linted with the failure injected, in parallel
        var engine = new LintEngine { Fault = new FaultInjection(stage, "broken.yml") };
        var results = engine.LintFiles(all, new LintConfiguration(), 4);

        // Then the broken file has one error that says what could not be checked, in the project's words
        var failed = results.Single(r => r.Path == broken).Diagnostics.ShouldHaveSingleItem();
        (failed.Code, failed.Rule, failed.Severity, failed.Line, failed.Column).ShouldBe((EngineRules.SkippedCode, "skipped", Severity.Error, 1, 1));
        failed.Message.ShouldStartWith("not checked: IacTest stopped on an internal error while ");
        NoRuntimeText(failed.Message);

        // And every other file has exactly the findings it has without the failure
        foreach (var good in expected)
        {
            Lines(results.Single(r => r.Path == good.Path).Diagnostics).ShouldBe(Lines(good.Diagnostics));
        }
    }

    [Fact]
    public void The_message_names_the_stage_that_failed()
    {
        var broken = Write("broken.yml", "---\nkey: value\n");

        string MessageAt(LintStage stage) =>
            new LintEngine { Fault = new FaultInjection(stage, "broken.yml") }.LintPath(broken, new LintConfiguration()).Diagnostics.Single().Message;

        MessageAt(LintStage.Parse).ShouldContain("while parsing its YAML");
        MessageAt(LintStage.Suppressions).ShouldContain("while reading its suppression comments");
        MessageAt(LintStage.Classify).ShouldContain("while recognising what kind of file it is");
        MessageAt(LintStage.Report).ShouldContain("while ordering its findings");
    }

    [Fact]
    public void A_rule_that_fails_is_an_error_and_the_other_rules_findings_stay()
    {
        // Given a catalog with one rule that fails after reporting a finding
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Append(new FailingRule()));
        var file = Write("app.yml", "key: value   \n");

        // When the file is linted
        var result = new LintEngine(catalog).LintPath(file, new LintConfiguration());

        // Then the failing rule is an error (the build must not pass on an unchecked file), its real finding and the
        // other rules' findings are kept, and no runtime text reaches the user
        var failure = result.Diagnostics.Single(d => d.Code == EngineRules.SkippedCode);
        failure.Severity.ShouldBe(Severity.Error);
        failure.Message.ShouldBe("not fully checked: rule failing-rule (IAC9999) stopped on an internal error in this file, so its findings here may be incomplete; please report it with this file");
        LintHarness.Positions(result.Diagnostics).ShouldBe(["1:1 skipped", "1:1 document-start", "1:1 failing-rule", "1:11 trailing-spaces"]);
    }

    [Fact]
    public void An_empty_verbatim_tag_never_escapes_the_engine()
    {
        // Given a file with an empty verbatim tag (the parser once threw on it) among good files
        var files = GoodFiles();
        var tag = Write("tag.yml", "---\nkey: !<> value\n");

        // When they are linted
        var results = new LintEngine().LintFiles([.. files, tag], new LintConfiguration());

        // Then the tag file gets a positioned error (a syntax error, or the engine's own) and the others are linted
        var error = results[^1].Diagnostics.First(d => d.Severity == Severity.Error);
        error.Code.ShouldBeOneOf(EngineRules.SyntaxCode, EngineRules.SkippedCode);
        NoRuntimeText(error.Message);
        results.Take(files.Length).SelectMany(r => r.Diagnostics).Select(d => d.Rule).ShouldContain("trailing-spaces");
    }

    [Fact]
    public void Findings_past_the_limit_are_one_summary_as_severe_as_the_worst_dropped()
    {
        // Given a file with 5,000 trailing-space errors and a limit of 1,000
        var text = "---\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"k{i}: v   \n"));
        var configuration = new LintConfiguration { MaxFindingsPerFile = 1000 };

        // When it is linted
        var diagnostics = new LintEngine().LintText("many.yml", text, configuration).Diagnostics;

        // Then the first 1,000 findings by position are reported, then one error counting the rest
        diagnostics.Count.ShouldBe(1001);
        diagnostics.Take(1000).ShouldAllBe(d => d.Rule == "trailing-spaces");
        diagnostics[999].Line.ShouldBe(1001);
        var summary = diagnostics[^1];
        (summary.Code, summary.Severity, summary.Line, summary.Column).ShouldBe((EngineRules.SkippedCode, Severity.Error, 1002, 9));
        summary.Message.ShouldBe("4,000 more findings in this file are not reported, from here on: the limit is 1,000 findings per file");
    }

    [Fact]
    public void Suppressed_findings_do_not_count_against_the_limit_and_no_limit_reports_all()
    {
        var text = "---\n# yamllint disable rule:trailing-spaces\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"k{i}: v   \n"))
            + "# yamllint enable\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"j{i}: v   \n"));

        new LintEngine().LintText("a.yml", text, new LintConfiguration { MaxFindingsPerFile = 30 }).Diagnostics
            .ShouldAllBe(d => d.Rule == "trailing-spaces");
        new LintEngine().LintText("a.yml", text, new LintConfiguration { MaxFindingsPerFile = 10 }).Diagnostics.Count.ShouldBe(11);
        new LintEngine().LintText("a.yml", text, new LintConfiguration { MaxFindingsPerFile = 0 }).Diagnostics.Count.ShouldBe(30);
    }

    /// <summary>Runtime exception text must never reach a user.</summary>
    internal static void NoRuntimeText(string message)
    {
        foreach (var fragment in FuzzInvariants.RuntimeTextFragments)
        {
            message.ShouldNotContain(fragment, Case.Sensitive);
        }
    }

    private string[] GoodFiles() =>
    [
        Write("a.yml", "key: value   \n"),
        Write("b.yaml", "---\nlist: [1,2]\n# yamllint disable-line rule:trailing-spaces\nx: 1  \n"),
        Write("c.yml", "---\n- hosts: all\n  tasks:\n    - command: echo hi\n"),
    ];

    private static string[] Lines(IEnumerable<LintDiagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToArray();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class FailingRule : LintRule
    {
        public override string Code => "IAC9999";

        public override string Name => "failing-rule";

        public override string Title => "Fails after one finding";

        public override RuleFamily Family => RuleFamily.Yaml;

        public override string Description => "A rule with a bug.";

        public override string BadExample => "a: 1\n";

        public override string GoodExample => "a: 1\n";

        public override void Check(RuleContext context)
        {
            context.Report(1, 1, "a real finding before the failure");
            throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
        }
    }
}
