using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Progress;

/// <summary>
/// Passes a test's messages on, adding its progress lines to the output of its result, so they land in a TRX and in
/// a detailed console log beside the test's own output.
/// </summary>
internal sealed class ProgressOutputBus(IMessageBus inner, ProgressChannel channel) : IMessageBus
{
    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestPassed or ITestFailed && channel.TakeLines() is { Count: > 0 } lines)
        {
            // Result messages are immutable: the same result again, with the lines after the test's own output.
            string With(string output) => $"{output}{string.Join('\n', lines)}\n";
            message = message switch
            {
                ITestPassed passed => new TestPassed(passed.Test, passed.ExecutionTime, With(passed.Output)),
                ITestFailed failed => new TestFailed(failed.Test, failed.ExecutionTime, With(failed.Output), failed.ExceptionTypes, failed.Messages, failed.StackTraces, failed.ExceptionParentIndices),
                _ => message,
            };
        }

        return inner.QueueMessage(message);
    }

    // The inner bus belongs to the runner, which disposes it.
    public void Dispose()
    {
    }
}
