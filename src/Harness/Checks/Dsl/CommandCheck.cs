using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a shell command run inside the environment.</summary>
public sealed class CommandCheck(string command) : CheckBuilder<CommandCheck>("command", command)
{
    private TimeSpan _timeout = TimeSpan.FromSeconds(10);

    /// <summary>Exit code.</summary>
    public CommandCheck ExitCode(Matcher exitCode) => Expect("exit-status", exitCode);

    /// <summary>Each pattern occurs in standard output.</summary>
    public CommandCheck StdoutContains(params string[] patterns) => Expect("stdout", Matcher.HavePatterns(patterns));

    /// <summary>Any matcher on standard output.</summary>
    public CommandCheck Stdout(Matcher stdout) => Expect("stdout", stdout);

    /// <summary>Each pattern occurs in standard error.</summary>
    public CommandCheck StderrContains(params string[] patterns) => Expect("stderr", Matcher.HavePatterns(patterns));

    /// <summary>Any matcher on standard error.</summary>
    public CommandCheck Stderr(Matcher stderr) => Expect("stderr", stderr);

    /// <summary>Kills the command after <paramref name="timeout"/> (default 10 s).</summary>
    public CommandCheck Timeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() => new CommandProbe(Id, _timeout);
}
