namespace IacTest.Cli.Tests;

/// <summary><c>iactest completion fish</c> in a real fish: <c>complete -C</c> prints what a Tab would offer.</summary>
public sealed class FishCompletionTests : IDisposable
{
    private readonly CliFolder _cli = new("iactest-fish-");

    public FishCompletionTests()
    {
        // Where the fish documentation says to save it: fish loads it on the first completion of iactest, once iactest
        // is a command on the PATH (fish loads no completions for a command it cannot find; a stub stands in for it).
        _cli.Write("completions/iactest.fish", _cli.Run("completion", "fish").Output);
        _cli.Write("bin/iactest", "#!/bin/sh\n");
        _cli.Write("site.yml", "---\n");
    }

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("li", "lint")]
    [InlineData("--vers", "--version")]
    [InlineData("lint --fo", "--format")]
    [InlineData("lint --fi", "--fix")]
    [InlineData("lint --format s", "sarif")]
    [InlineData("lint -f s", "sarif")]
    [InlineData("lint --families ans", "ansible")]
    [InlineData("lint --families yaml,ter", "yaml,terraform")]
    [InlineData("lint s", "site.yml")]
    [InlineData("rules --d", "--docs")]
    [InlineData("completion z", "zsh")]
    public void It_completes_what_iactest_takes(string typed, string expected) =>
        Complete(typed).ShouldBe([expected]);

    [Theory]
    [InlineData("lint --jobs ")]
    [InlineData("lint --max-findings ")]
    [InlineData("rules s")]
    public void An_option_value_or_a_command_that_takes_no_file_offers_no_file_names(string typed) =>
        Complete(typed).ShouldNotContain("site.yml");

    [Fact]
    public void Every_long_lint_option_is_offered()
    {
        var offered = Complete("lint --");

        foreach (var option in CompletionWords.Commands.Single(c => c.Name == "lint").Options.Where(o => o.StartsWith("--", StringComparison.Ordinal)))
        {
            offered.ShouldContain(option);
        }
    }

    private string[] Complete(string typed)
    {
        var output = ShellProcess.Run(_cli.Path, "fish", "--no-config", "-c",
            "chmod +x bin/iactest; set -p PATH $PWD/bin; set -p fish_complete_path $PWD/completions; complete -C $argv[1]", "iactest " + typed);
        // Each line is a candidate, then a tab and its description when it has one.
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0])];
    }
}
