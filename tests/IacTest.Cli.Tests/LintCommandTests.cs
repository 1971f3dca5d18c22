using System.Text.Json;

namespace IacTest.Cli.Tests;

public sealed class LintCommandTests : IDisposable
{
    private readonly CliFolder _cli = new("iactest-cli-");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Clean_files_exit_zero_with_no_output()
    {
        Write("ok.yml", "---\na: 1\n");

        var (code, output, _) = Run("lint", "--no-config-discovery", "ok.yml");

        code.ShouldBe(0);
        output.ShouldBeEmpty();
    }

    [Fact]
    public void Errors_exit_one_and_print_canonical_lines()
    {
        Write("bad.yml", "---\na: 1  \n");

        var (code, output, _) = Run("lint", "bad.yml");

        code.ShouldBe(1);
        output.ShouldContain("bad.yml(2,5): error IAC0122: trailing spaces (trailing-spaces)");
    }

    [Fact]
    public void Json_is_one_array_with_the_upstream_rule_name()
    {
        Write("bad.yml", "---\na: 1\na: 2  \n");

        var (_, output, _) = Run("lint", "--format", "json", "bad.yml");

        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        var duplicate = items.Single(i => i.GetProperty("rule").GetString() == "key-duplicates");
        duplicate.GetProperty("file").GetString().ShouldBe("bad.yml");
        duplicate.GetProperty("line").GetInt32().ShouldBe(3);
        duplicate.GetProperty("column").GetInt32().ShouldBe(1);
        duplicate.GetProperty("code").GetString().ShouldBe("IAC0115");
        duplicate.GetProperty("severity").GetString().ShouldBe("error");
        items.ShouldAllBe(i => i.GetProperty("message").GetString()!.Length > 0);
    }

    [Fact]
    public void Parsable_matches_yamllints_form()
    {
        Write("bad.yml", "---\na: 1  \n");

        var (_, output, _) = Run("lint", "-f", "parsable", "bad.yml");

        output.ShouldContain("bad.yml:2:5: [error] trailing spaces (trailing-spaces)");
    }

    [Fact]
    public void Sarif_is_a_valid_2_1_0_log_with_relative_uris()
    {
        Write("sub/bad.yml", "---\na: 1  \n");

        var (code, output, _) = Run("lint", "--format=sarif", "sub");

        code.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = json.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString().ShouldBe("IAC0122");
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "IAC0122");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("sub/bad.yml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(2);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(5);
    }

    [Fact]
    public void Output_file_receives_the_report()
    {
        Write("bad.yml", "---\na: 1  \n");

        var (code, output, _) = Run("lint", "-o", "report.json", "-f", "json", "bad.yml");

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Path, "report.json"))).RootElement.GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void No_warnings_and_strict_change_what_counts()
    {
        Write("warn.yml", "---\na: 1  \n");

        // A warning alone exits 0; --strict makes it fail; --no-warnings hides it.
        var warning = new[] { "-d", "{rules: {trailing-spaces: {level: warning}}}" };
        var (plain, plainOutput, _) = Run(["lint", .. warning, "warn.yml"]);
        var (strict, _, _) = Run(["lint", .. warning, "--strict", "warn.yml"]);
        var (quiet, quietOutput, _) = Run(["lint", .. warning, "--no-warnings", "warn.yml"]);

        plainOutput.ShouldContain("warning IAC0122");
        plain.ShouldBe(0);
        strict.ShouldBe(1);
        quietOutput.ShouldNotContain("IAC0122");
        quiet.ShouldBe(0);
    }

    [Theory]
    [InlineData(new[] { "lint" }, "needs at least one PATH")]
    [InlineData(new[] { "lint", "--format", "xml", "a.yml" }, "unknown format 'xml'")]
    [InlineData(new[] { "lint", "--bogus", "a.yml" }, "unknown option '--bogus'")]
    [InlineData(new[] { "lint", "missing.yml" }, "no such file or folder: missing.yml")]
    [InlineData(new[] { "lint", "-c", "nope.yaml", "." }, "does not exist")]
    [InlineData(new[] { "lint", "--jobs", "0", "." }, "--jobs takes a whole number")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "lint", "--families", "yaml,helm", "." }, "unknown rule family 'helm' (known: yaml, ansible, kubernetes, compose, secrets, terraform)")]
    [InlineData(new[] { "lint", "--families", ",", "." }, "--families needs at least one of")]
    public void Bad_usage_exits_two_with_a_clear_message(string[] args, string expected)
    {
        var (code, _, error) = Run(args);

        code.ShouldBe(2);
        error.ShouldContain(expected);
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_code()
    {
        var (code, output, _) = Run("rules", "--format", "json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldContain("IAC0122");
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var (code, output, _) = Run("--version");

        code.ShouldBe(0);
        output.Trim().ShouldMatch(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Families_select_which_rule_families_run()
    {
        // Given a task file with a YAML problem (trailing spaces) and an Ansible one (a short module name)
        Write("roles/web/tasks/main.yml", "---\n- name: Install\n  ansible.builtin.apt:\n    name: nginx  \n- name: Run\n  apt:\n    name: curl\n");

        // When it is linted with all families, then with yamllint's only
        var (_, all, _) = Run("lint", "roles");
        var (code, yamlOnly, _) = Run("lint", "--families", "yaml", "roles");

        // Then the Ansible finding goes away and the YAML one stays
        all.ShouldContain("IAC0122");
        all.ShouldContain("IAC0206");
        code.ShouldBe(1);
        yamlOnly.ShouldContain("IAC0122");
        yamlOnly.ShouldNotContain("IAC0206");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("lint", "--help")]
    [InlineData("rules", "-h")]
    public void Help_is_printed_wherever_it_is_asked_for(params string[] args)
    {
        var (code, output, _) = Run(args);

        code.ShouldBe(0);
        output.ShouldContain("usage: iactest <command> [options]");
        output.ShouldContain("--families LIST");
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_a_usage_error_in_plain_words()
    {
        Write("bad.yml", "---\na: 1  \n");
        Directory.CreateDirectory(Path.Combine(_cli.Path, "report.txt"));

        var (code, _, error) = Run("lint", "-o", "report.txt", "bad.yml");

        code.ShouldBe(CommandLine.Usage);
        error.ShouldBe($"iactest: cannot write the report to '{Path.Combine(_cli.Path, "report.txt")}': it is a folder.{Environment.NewLine}");
    }

    [Fact]
    public void Max_findings_caps_each_files_findings_with_one_summary()
    {
        Write("many.yml", "---\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"k{i}: v   \n")));

        var (code, output, _) = Run("lint", "--no-config-discovery", "--max-findings", "5", "-f", "parsable", "many.yml");

        code.ShouldBe(CommandLine.Failure);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(6);
        lines[^1].ShouldBe("many.yml:7:6: [error] 15 more findings in this file are not reported, from here on: the limit is 5 findings per file (skipped)");
        Run("lint", "--max-findings", "-1", "many.yml").Error.ShouldContain("--max-findings takes a whole number from 0 (no limit) up, not '-1'.");
    }

    private (int Code, string Output, string Error) Run(params string[] args) => _cli.Run(args);

    private void Write(string name, string text) => _cli.Write(name, text);
}
