namespace IacTest.Lint.Engine;

/// <summary>
/// A test hook: makes the engine fail at one stage of one file, as a bug in a parser or a rule would, so tests can
/// prove that a failure stays with its file in every host (command line, build worker, MSBuild task). Set by
/// <c>IACTEST_LINT_FAULT=stage:file-name</c> (for example <c>rules:broken.yml</c>); off when unset.
/// </summary>
internal sealed class FaultInjection
{
    /// <summary>The environment variable that sets the hook for a process.</summary>
    public const string EnvironmentVariable = "IACTEST_LINT_FAULT";

    public FaultInjection(LintStage stage, string fileName)
    {
        Stage = stage;
        FileName = fileName;
    }

    public LintStage Stage { get; }

    public string FileName { get; }

    /// <summary>The hook set in the environment, or null (also when the value is not <c>stage:file-name</c>).</summary>
    public static FaultInjection? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == value!.Length - 1 || !Enum.TryParse<LintStage>(value[..colon], ignoreCase: true, out var stage))
        {
            return null;
        }

        return new FaultInjection(stage, value[(colon + 1)..]);
    }

    /// <summary>Throws when <paramref name="path"/> is the targeted file and <paramref name="stage"/> its stage.</summary>
    public void At(LintStage stage, string path)
    {
        if (stage == Stage && string.Equals(Path.GetFileName(path), FileName, StringComparison.Ordinal))
        {
            // The message a real parser bug produced: it must never reach a user.
            throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
        }
    }
}
