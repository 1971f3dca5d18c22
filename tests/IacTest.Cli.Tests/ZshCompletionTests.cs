namespace IacTest.Cli.Tests;

/// <summary>
/// <c>iactest completion zsh</c> in a real zsh: an interactive zsh runs in a pseudo terminal (zpty), the words are typed
/// with a Tab, and every candidate the completion system offers is captured where it is added (a compadd wrapper).
/// </summary>
public sealed class ZshCompletionTests : IDisposable
{
    private const string Offered = "iactest-offered: ";
    private const string Done = "iactest-completion-done";

    private readonly CliFolder _cli = new("iactest-zsh-");

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
    [InlineData("rules --d", "--docs")]
    [InlineData("completion z", "zsh")]
    public void Sourced_after_compinit_it_completes_what_iactest_takes(string typed, string expected)
    {
        // Given the script sourced in ~/.zshrc's way
        var setup = Sourced();

        // When the words are typed, then Tab
        var offered = Complete(setup, typed);

        // Then
        offered.ShouldBe([expected]);
    }

    [Fact]
    public void After_lint_it_offers_file_names()
    {
        _cli.Write("site.yml", "---\n");
        _cli.Write("roles/web/tasks/main.yml", "---\n");

        Complete(Sourced(), "lint si").ShouldBe(["site.yml"]);
    }

    [Fact]
    public void An_option_value_that_is_not_a_word_list_offers_no_file_names()
    {
        _cli.Write("site.yml", "---\n");

        Complete(Sourced(), "lint --jobs ").ShouldBeEmpty();
    }

    [Fact]
    public void Saved_as_a_function_file_in_fpath_it_completes_from_the_first_Tab()
    {
        // Given the script saved as _iactest in a folder of $fpath, loaded by compinit on first use
        _cli.Write("functions/_iactest", _cli.Run("completion", "zsh").Output);
        var setup = "fpath=(\"$PWD/functions\" $fpath)\nautoload -Uz compinit && compinit -u -D\n";

        // When / Then: the first Tab completes (the file's body is the function, and it runs)
        Complete(setup, "li").ShouldBe(["lint"]);
        Complete(setup, "lint --families kub").ShouldBe(["kubernetes"]);
    }

    private string Sourced()
    {
        _cli.Write("iactest.zsh", _cli.Run("completion", "zsh").Output);
        return "autoload -Uz compinit && compinit -u -D\nsource ./iactest.zsh\n";
    }

    private string[] Complete(string setup, string typed)
    {
        // The inner shell: the user's set-up, then Tab completes a word, each candidate is printed where compadd adds it
        // (calls that only filter, with -O, -A or -D, pass through), and the shell exits once the completion is over.
        _cli.Write("setup.zsh", $$"""
            PS1='' RPS1='' PROMPT_EOL_MARK=''
            {{setup}}
            bindkey '^I' complete-word
            compadd() {
                if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
                    builtin compadd "$@"
                    return
                fi
                local -a offered
                builtin compadd -O offered "$@"
                print -rl -- '' ${offered/#/"{{Offered}}$IPREFIX"}
                builtin compadd "$@"
            }
            _iactest_test_done() { print -rl -- '' '{{Done}}'; exit }
            comppostfuncs=(_iactest_test_done)

            """);
        _cli.Write("type.zsh", """
            zmodload zsh/zpty
            zpty shell zsh -f -i
            zpty -w shell 'source ./setup.zsh'
            zpty -w -n shell "$1"$'\t'
            while zpty -r shell line; do print -rn -- "$line"; done
            """);

        var output = ShellProcess.Run(_cli.Path, "zsh", "-f", "type.zsh", "iactest " + typed).Split('\n', '\r');

        output.ShouldContain(Done, $"the completion did not run to its end:\n{string.Join('\n', output)}");
        return [.. output.Where(l => l.StartsWith(Offered, StringComparison.Ordinal)).Select(l => l[Offered.Length..]).Distinct()];
    }
}
