using IacTest.Harness.Environments;
using IacTest.Harness.Secrets;

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
    public static async Task<SmokeCheckException> CreateAsync(IacEnvironment environment, SmokeReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(report);
        environment.MarkFailed(report.Describe());
        var message = SecretMasker.Shared.Mask(report.Describe() + "\n" + await FailureContext.DescribeAsync(environment, ct).ConfigureAwait(false));
        return new SmokeCheckException(message, report);
    }
}
