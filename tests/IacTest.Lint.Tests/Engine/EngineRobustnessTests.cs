using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using static IacTest.Lint.Tests.Engine.LintHarness;

namespace IacTest.Lint.Tests.Engine;

public sealed class EngineRobustnessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-engine-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_syntax_error_is_a_positioned_diagnostic()
    {
        var diagnostics = Run("a: 1\nb: [1, 2\n");

        var syntax = diagnostics.Single(d => d.Code == EngineRules.SyntaxCode);
        syntax.Rule.ShouldBe("syntax");
        syntax.Line.ShouldBe(3);
        syntax.Message.ShouldStartWith("syntax error: ");
    }

    [Fact]
    public void Binary_and_badly_encoded_files_get_one_diagnostic_and_the_others_are_still_linted()
    {
        var binary = Write("binary.yml", [0x00, 0x01, 0x02]);
        var latin1 = Write("latin1.yml", [(byte)'a', (byte)':', (byte)' ', 0xE9, (byte)'\n']);
        var good = Write("good.yml", "a: 1  \n"u8.ToArray());

        var results = new LintEngine().LintFiles([binary, latin1, good], new LintConfiguration());

        results[0].Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(EngineRules.LoadFailureCode);
        var encoding = results[1].Diagnostics.ShouldHaveSingleItem();
        (encoding.Line, encoding.Column, encoding.Rule).ShouldBe((1, 4, "load-failure"));
        Positions(results[2].Diagnostics).ShouldBe(["1:1 document-start", "1:5 trailing-spaces"]);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_a_reason()
    {
        var big = Write("big.yml", new byte[2048]);
        var configuration = new LintConfiguration { MaxFileBytes = 1024 };

        var result = new LintEngine().LintPath(big, configuration);

        var skipped = result.Diagnostics.ShouldHaveSingleItem();
        skipped.Code.ShouldBe(EngineRules.SkippedCode);
        skipped.Message.ShouldContain("over the limit");
    }

    [Fact]
    public void A_folder_named_like_a_yaml_file_is_a_load_failure_not_an_exception()
    {
        var folder = Path.Combine(_folder, "folder.yml");
        Directory.CreateDirectory(folder);

        var result = new LintEngine().LintPath(folder, new LintConfiguration());

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(EngineRules.LoadFailureCode);
    }

    [Fact]
    public void Files_are_classified_only_when_a_rule_depends_on_the_kind()
    {
        var playbook = Write("site.yml", "---\n- hosts: all\n  tasks: []\n"u8.ToArray());
        var yamlOnly = new LintConfiguration();
        RuleFamilySelection.Apply("yaml", yamlOnly).ShouldBeEmpty();

        new LintEngine().LintPath(playbook, yamlOnly).Kind.ShouldBeNull();
        new LintEngine().LintPath(playbook, new LintConfiguration()).Kind.ShouldBe(IacTest.Lint.Classification.FileKind.AnsiblePlaybook);
    }

    [Fact]
    public void A_missing_file_is_a_load_failure_not_an_exception()
    {
        var result = new LintEngine().LintPath(Path.Combine(_folder, "missing.yml"), new LintConfiguration());

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(EngineRules.LoadFailureCode);
    }

    [Fact]
    public void An_alias_bomb_is_linted_without_expanding_it()
    {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)}]\n"));

        var diagnostics = Run(text);

        diagnostics.Where(d => d.Code == EngineRules.SyntaxCode).ShouldBeEmpty();
    }

    [Fact]
    public void Empty_files_and_files_of_only_comments_lint_cleanly()
    {
        Run(string.Empty).ShouldBeEmpty();
        Positions(Run("# only a comment\n"), "syntax").ShouldBeEmpty();
    }

    [Fact]
    public void Folder_discovery_finds_yaml_files_in_order_and_skips_git_folders()
    {
        Write("b.yaml", []);
        Write("a.yml", []);
        Write("notes.txt", []);
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));
        Write(".git/config.yml", []);
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        Write("sub/c.yml", []);

        var files = FileDiscovery.Find([_folder], new LintConfiguration(), out var missing);

        missing.ShouldBeEmpty();
        files.Select(f => Path.GetRelativePath(_folder, f)).ShouldBe(["a.yml", "b.yaml", Path.Combine("sub", "c.yml")]);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
