using System.Collections.Concurrent;
using IacTest.Harness.Checks;
using IacTest.Harness.Goss;
using IacTest.Harness.Targets;
using Xunit.Abstractions;

namespace IacTest.Harness.Xunit;

/// <summary>
/// One row of a <see cref="GossDataAttribute"/> theory: one resource of a goss file (or one problem in it), so a
/// report shows exactly which resource failed. Serializable, so each row is its own test case.
/// </summary>
public sealed class GossCase : IXunitSerializable
{
    private static readonly ConcurrentDictionary<SuiteKey, GossSuite> Suites = new();

    /// <summary>For the xunit serializer only.</summary>
    [Obsolete("For deserialization only.")]
    public GossCase()
    {
    }

    internal GossCase(string path, bool isDiagnostic, int index, string label, double retrySeconds, double sleepMilliseconds)
    {
        Path = path;
        IsDiagnostic = isDiagnostic;
        Index = index;
        Label = label;
        RetrySeconds = retrySeconds;
        SleepMilliseconds = sleepMilliseconds;
    }

    /// <summary>The root goss file.</summary>
    public string Path { get; private set; } = "";

    /// <summary>True when this row stands for a problem in the goss file.</summary>
    public bool IsDiagnostic { get; private set; }

    /// <summary>Index of the resource (or diagnostic) in the suite.</summary>
    public int Index { get; private set; }

    /// <summary>The row's name, e.g. <c>file:/etc/passwd</c>.</summary>
    public string Label { get; private set; } = "";

    /// <summary>Retry time in seconds for the check.</summary>
    public double RetrySeconds { get; private set; }

    /// <summary>Pause between attempts in milliseconds.</summary>
    public double SleepMilliseconds { get; private set; }

    /// <summary>The goss vars file, or null.</summary>
    public string? VarsFile { get; private set; }

    /// <summary>The secret variables of <see cref="VarsFile"/>, comma-separated.</summary>
    public string SecretVars { get; private set; } = "";

    internal GossCase WithVars(string? varsFile, string secretVars)
    {
        VarsFile = varsFile;
        SecretVars = secretVars;
        return this;
    }

    internal sealed record SuiteKey(string Path, string? VarsFile, string SecretVars, double Retry, double Sleep);

    internal static GossSuite SuiteOf(SuiteKey key) =>
        Suites.GetOrAdd(key, k => GossSuite.Load(k.Path,
            RetryPolicy.For(TimeSpan.FromSeconds(k.Retry), TimeSpan.FromMilliseconds(k.Sleep)),
            k.VarsFile is null ? null : GossVars.Load(k.VarsFile, k.SecretVars.Split(',', StringSplitOptions.RemoveEmptyEntries))));

    private GossSuite Suite => SuiteOf(new SuiteKey(Path, VarsFile, SecretVars, RetrySeconds, SleepMilliseconds));

    /// <summary>The resource of this row.</summary>
    public GossResource? Resource => IsDiagnostic ? null : Suite.Resources[Index];

    /// <summary>
    /// Runs this row's check against <paramref name="target"/> (a container, an SSH host or the local machine); throws <see cref="SmokeCheckException"/> (expected
    /// vs actual, evidence, logs) when it fails, or <see cref="GossFileException"/> for a problem row. A <c>skip: true</c>
    /// resource returns without running.
    /// </summary>
    public async Task AssertAsync(ITargetHost target, CancellationToken ct = default)
    {
        var suite = Suite;
        if (IsDiagnostic)
        {
            throw new GossFileException([suite.Diagnostics[Index]]);
        }

        var check = suite.Resources[Index].Check;
        if (check.Skip)
        {
            return;
        }

        var result = await check.RunAsync(target, ct).ConfigureAwait(false);
        if (!result.Passed)
        {
            throw await SmokeCheckException.CreateAsync(target, new SmokeReport([result]), ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Path = info.GetValue<string>(nameof(Path));
        IsDiagnostic = info.GetValue<bool>(nameof(IsDiagnostic));
        Index = info.GetValue<int>(nameof(Index));
        Label = info.GetValue<string>(nameof(Label));
        RetrySeconds = info.GetValue<double>(nameof(RetrySeconds));
        SleepMilliseconds = info.GetValue<double>(nameof(SleepMilliseconds));
        VarsFile = info.GetValue<string?>(nameof(VarsFile));
        SecretVars = info.GetValue<string>(nameof(SecretVars)) ?? "";
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Path), Path);
        info.AddValue(nameof(IsDiagnostic), IsDiagnostic);
        info.AddValue(nameof(Index), Index);
        info.AddValue(nameof(Label), Label);
        info.AddValue(nameof(RetrySeconds), RetrySeconds);
        info.AddValue(nameof(SleepMilliseconds), SleepMilliseconds);
        info.AddValue(nameof(VarsFile), VarsFile);
        info.AddValue(nameof(SecretVars), SecretVars);
    }

    /// <inheritdoc />
    public override string ToString() => Label;
}
