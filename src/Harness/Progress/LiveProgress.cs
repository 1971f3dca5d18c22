using System.Diagnostics;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Progress;

/// <summary>
/// Progress lines shown by <c>dotnet test</c> while a long step runs (image build, one per Ansible task, and per
/// scenario step), each with the time since the step started. They travel as xunit diagnostic messages, the one
/// channel the test console prints as they come (standard output and error of a test are not shown, and a test's own
/// output only after it ends): <c>xunit.runner.json</c> needs <c>"diagnosticMessages": true</c>, which the IacTest
/// SDK writes for a project that has no such file. The same lines are added to the test's output, so a TRX or a
/// detailed console log keeps them with the test. Tests marked <c>[DockerFact]</c>, <c>[DockerTheory]</c> or
/// <c>[RoleTheory]</c> carry the channel. On by default; off in CI (<c>CI=true</c>) unless <c>IACTEST_PROGRESS=1</c>;
/// <c>IACTEST_PROGRESS=0</c> turns it off.
/// </summary>
internal static class LiveProgress
{
    private static readonly AsyncLocal<ProgressChannel?> Current = new();

    /// <summary>True when progress lines go somewhere: the running test carries the channel and progress is on.</summary>
    public static bool IsActive => Current.Value is not null && IsEnabled;

    /// <summary>Whether progress is on (see the class remarks).</summary>
    public static bool IsEnabled => Environment.GetEnvironmentVariable("IACTEST_PROGRESS") switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => Environment.GetEnvironmentVariable("CI") is not ("true" or "1"),
    };

    /// <summary>Sends one line, <c>[iactest] step +12.3s text</c>, secrets masked.</summary>
    public static void Report(string step, TimeSpan elapsed, string text)
    {
        if (IsActive)
        {
            Current.Value!.Send(SecretMasker.Shared.Mask($"[iactest] {step} +{elapsed.TotalSeconds:0.0}s {text}"));
        }
    }

    /// <summary>
    /// A log that also reports each line as progress of <paramref name="step"/>, timed from this call (an image build
    /// writes its output through it).
    /// </summary>
    public static Action<string> Tee(string step, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (!IsActive)
        {
            return log;
        }

        var watch = Stopwatch.StartNew();
        return line =>
        {
            log(line);
            Report(step, watch.Elapsed, line);
        };
    }

    /// <summary>
    /// Runs <paramref name="body"/> with progress going to <paramref name="channel"/>: the test's diagnostic sink now,
    /// its output at its end.
    /// </summary>
    internal static async Task<T> WithChannelAsync<T>(ProgressChannel channel, Func<Task<T>> body)
    {
        var previous = Current.Value;
        Current.Value = channel;
        try
        {
            return await body().ConfigureAwait(false);
        }
        finally
        {
            Current.Value = previous;
        }
    }

    /// <summary>Reports the start and the end of a step around <paramref name="body"/>.</summary>
    internal static async Task<T> StepAsync<T>(string step, Func<Task<T>> body)
    {
        var watch = Stopwatch.StartNew();
        Report(step, TimeSpan.Zero, "started");
        try
        {
            var result = await body().ConfigureAwait(false);
            Report(step, watch.Elapsed, "done");
            return result;
        }
        catch (Exception)
        {
            Report(step, watch.Elapsed, "failed");
            throw;
        }
    }
}
