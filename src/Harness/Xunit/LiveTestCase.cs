using System.ComponentModel;
using IacTest.Harness.Progress;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// A test case that hands its run's diagnostic message sink to <see cref="LiveProgress"/>, so converge, idempotence
/// and verify report their tasks while they run.
/// </summary>
public sealed class LiveTestCase : XunitTestCase
{
    /// <summary>For the xunit serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("For deserialization only.")]
    public LiveTestCase()
    {
    }

    /// <summary>Creates the test case (as <see cref="XunitTestCase"/>).</summary>
    public LiveTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod, object[]? testMethodArguments = null)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, testMethodArguments)
    {
    }

    /// <inheritdoc />
    public override Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
        ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        LiveRun.RunAsync(diagnosticMessageSink, messageBus,
            bus => base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource));
}
