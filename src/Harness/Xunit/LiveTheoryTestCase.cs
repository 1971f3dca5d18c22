using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// A theory whose rows are found only when it runs, with live progress like <see cref="LiveTestCase"/>: each row's
/// lines are shown as they come and added to that row's output.
/// </summary>
public sealed class LiveTheoryTestCase : XunitTheoryTestCase
{
    /// <summary>For the xunit serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("For deserialization only.")]
    public LiveTheoryTestCase()
    {
    }

    /// <summary>Creates the test case (as <see cref="XunitTheoryTestCase"/>).</summary>
    public LiveTheoryTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    /// <inheritdoc />
    public override Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
        ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        LiveRun.RunAsync(diagnosticMessageSink, messageBus,
            bus => base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource));
}
