namespace IacTest.Lint.Rules;

/// <summary>
/// One lint run: the files of a command or a build, linted against the tree as it is when the run starts. What rules
/// read beyond the file under check and is costly to list — a whole repository's files — is listed once per run and
/// trusted until the run ends; the next run lists again, so a long-lived process never serves an old listing.
/// <c>LintEngine.LintFiles</c> starts a run of its own unless one is in progress; a caller that lints
/// several groups of files (one per configuration scope) starts one around all of them.
/// </summary>
public static class LintRun
{
    private static readonly AsyncLocal<long> CurrentRun = new();

    private static long _lastRun;

    /// <summary>The run in progress on this flow of execution, or 0 outside any run.</summary>
    internal static long Current => CurrentRun.Value;

    /// <summary>Starts a run that ends when the result is disposed; inside a run already in progress, nothing changes.</summary>
    public static IDisposable Begin()
    {
        if (CurrentRun.Value != 0)
        {
            return NoRun.Instance;
        }

        CurrentRun.Value = Interlocked.Increment(ref _lastRun);
        return new RunScope();
    }

    private sealed class RunScope : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (!_ended)
            {
                _ended = true;
                CurrentRun.Value = 0;
            }
        }
    }

    private sealed class NoRun : IDisposable
    {
        public static readonly NoRun Instance = new();

        public void Dispose()
        {
        }
    }
}
