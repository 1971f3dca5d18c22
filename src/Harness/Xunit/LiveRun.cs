using IacTest.Harness.Progress;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>Runs one test case with a progress channel: lines shown as they come and added to the test's output.</summary>
internal static class LiveRun
{
    public static Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, Func<IMessageBus, Task<RunSummary>> run)
    {
        var channel = new ProgressChannel(diagnosticMessageSink);
        return LiveProgress.WithChannelAsync(channel, () => run(new ProgressOutputBus(messageBus, channel)));
    }
}
