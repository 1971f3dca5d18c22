using System.Diagnostics;
using IacTest.Harness.Secrets;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Converge;

/// <summary>
/// Progress lines shown by <c>dotnet test</c> while a long step runs (one per Ansible task, and per scenario step),
/// each with the time since the step started. They travel as xunit diagnostic messages, the one channel the test
/// console prints as they come (standard output and error of a test are not shown, and a test's own output only
/// after it ends): the project's <c>xunit.runner.json</c> needs <c>"diagnosticMessages": true</c>. Tests marked
/// <c>[DockerFact]</c> or <c>[RoleTheory]</c> carry the channel. On by default; off in CI (<c>CI=true</c>) unless
/// <c>IACTEST_PROGRESS=1</c>; <c>IACTEST_PROGRESS=0</c> turns it off.
/// </summary>
public static class LiveProgress
{
    private static readonly AsyncLocal<IMessageSink?> Current = new();

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
            Current.Value!.OnMessage(new DiagnosticMessage(SecretMasker.Shared.Mask($"[iactest] {step} +{elapsed.TotalSeconds:0.0}s {text}")));
        }
    }

    /// <summary>Runs <paramref name="body"/> with progress going to <paramref name="sink"/> (the test's diagnostic sink).</summary>
    internal static async Task<T> WithSinkAsync<T>(IMessageSink sink, Func<Task<T>> body)
    {
        var previous = Current.Value;
        Current.Value = sink;
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
