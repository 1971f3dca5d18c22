using IacTest.Harness.Environments;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>One or more smoke checks failed; the message has expected vs actual, the evidence and the environment's logs.</summary>
public sealed class SmokeCheckException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SmokeCheckException(string message, SmokeReport report) : base(message) => Report = report;

    /// <summary>Creates the exception.</summary>
    public SmokeCheckException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmokeCheckException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmokeCheckException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The full report.</summary>
    public SmokeReport? Report { get; }

    /// <summary>Builds the exception for a failed report, marking <paramref name="environment"/> failed and attaching its logs.</summary>
    public static Task<SmokeCheckException> CreateAsync(IacEnvironment environment, SmokeReport report, CancellationToken ct = default) =>
        CreateAsync((ITargetHost)environment, report, ct);

    /// <summary>Builds the exception for a failed report against <paramref name="target"/> (a container is marked failed and its logs attached).</summary>
    public static async Task<SmokeCheckException> CreateAsync(ITargetHost target, SmokeReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(report);
        (target as IacEnvironment)?.MarkFailed(report.Describe());
        var message = SecretMasker.Shared.Mask(report.Describe() + "\n" + await FailureContext.DescribeAsync(target, ct).ConfigureAwait(false));
        return new SmokeCheckException(message, report);
    }
}
