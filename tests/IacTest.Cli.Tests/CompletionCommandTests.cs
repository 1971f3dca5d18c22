using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IacTest.Cli.Tests;

/// <summary>
/// <c>iactest completion</c>: bash's script, sourced in a real bash, completes commands, options and values; zsh's and
/// fish's have their own tests in those shells. PowerShell is not packaged for Debian, so its script is checked by content.
/// </summary>
public sealed partial class CompletionCommandTests : IDisposable
{
    private readonly CliFolder _cli = new("iactest-completion-");

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("li", "lint")]
    [InlineData("lint --fo", "--format")]
    [InlineData("lint --fi", "--fix")]
    [InlineData("lint --format s", "sarif")]
    [InlineData("lint -f s", "sarif")]
    [InlineData("lint --families ans", "ansible")]
    [InlineData("lint --families yaml,ter", "yaml,terraform")]
    [InlineData("rules --d", "--docs")]
    [InlineData("completion z", "zsh")]
    [InlineData("--vers", "--version")]
    public void Bash_completes_what_iactest_takes(string typed, string expected)
    {
        // Given bash's script, sourced in a bash process
        var (code, script, _) = _cli.Run("completion", "bash");
        code.ShouldBe(0);
        _cli.Write("iactest.bash", script);

        // When the completion function runs on the typed words (the last one being completed)
        var words = ("iactest " + typed).Split(' ');
        var completed = Bash($"source iactest.bash; COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); COMP_CWORD={words.Length - 1}; _iactest; printf '%s\\n' \"${{COMPREPLY[@]}}\"");

        // Then
        completed.ShouldBe([expected]);
    }

    [Fact]
    public void Bash_completes_file_names_after_lint()
    {
        // Given a file in the working folder
        _cli.Write("site.yml", "---\n");
        _cli.Write("iactest.bash", _cli.Run("completion", "bash").Output);

        // When
        var completed = Bash("source iactest.bash; COMP_WORDS=(iactest lint si); COMP_CWORD=2; _iactest; printf '%s\\n' \"${COMPREPLY[@]}\"");

        // Then
        completed.ShouldBe(["site.yml"]);
    }

    [Theory]
    [InlineData("zsh", "#compdef iactest")]
    [InlineData("fish", "complete -c iactest")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName iactest")]
    public void Each_shell_gets_a_script_with_every_lint_option(string shell, string marker)
    {
        var (code, script, _) = _cli.Run("completion", shell);

        code.ShouldBe(0);
        script.ShouldContain(marker);
        foreach (var option in LintOptionsInHelp())
        {
            script.ShouldContain(shell == "fish" ? $"-l {option[2..]}" : option);
        }
    }

    [Fact]
    public void The_completion_words_are_the_options_the_help_lists()
    {
        // The help text is the documentation of the options: completion offers exactly the long lint options it lists
        CompletionWords.Commands.Single(c => c.Name == "lint").Options.Where(o => o.StartsWith("--", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ShouldBe(LintOptionsInHelp().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_option_the_help_shows_with_a_value_says_what_the_value_is()
    {
        // An option that takes a value without saying so would have its value completed as an option or a file name
        var lintSection = CommandLine.HelpText[CommandLine.HelpText.IndexOf("lint options:", StringComparison.Ordinal)..];
        var withValue = OptionWithValue().Matches(lintSection).Select(m => m.Groups[1].Value).ToList();

        withValue.ShouldContain("--jobs");
        withValue.Where(o => !CompletionWords.Values.Any(v => v.Options.Contains(o))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData()]
    [InlineData("tcsh")]
    public void A_missing_or_unknown_shell_is_a_usage_error(params string[] shell)
    {
        var (code, _, error) = _cli.Run(["completion", .. shell]);

        code.ShouldBe(CommandLine.Usage);
        error.ShouldContain("bash, zsh, fish or pwsh");
    }

    private static IEnumerable<string> LintOptionsInHelp()
    {
        var lintSection = CommandLine.HelpText[CommandLine.HelpText.IndexOf("lint options:", StringComparison.Ordinal)..];
        return LongOption().Matches(lintSection).Select(m => m.Groups[1].Value).Distinct();
    }

    private string[] Bash(string commands)
    {
        var start = new ProcessStartInfo("bash", ["--norc", "--noprofile", "-c", commands])
        {
            WorkingDirectory = _cli.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        var error = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        bash.ExitCode.ShouldBe(0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^\s+(?:-\w, )?(--[a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex LongOption();

    [GeneratedRegex(@"^\s+(?:-\w, )?(--[a-z-]+) [A-Z]", RegexOptions.Multiline)]
    private static partial Regex OptionWithValue();
}
