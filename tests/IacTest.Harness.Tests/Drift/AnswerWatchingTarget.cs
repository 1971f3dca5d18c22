using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Tests.Drift;

/// <summary>
/// Passes commands to a target and completes <see cref="Answered"/> when the answer to a command naming
/// <c>argument</c> has come back: an event a test can wait on, instead of assuming how long the machine takes.
/// </summary>
internal sealed class AnswerWatchingTarget(ITargetHost inner, string argument) : ITargetHost
{
    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Answered => _answered.Task;

    public string Description => inner.Description;

    public async Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
    {
        var result = await inner.RunAsync(command, ct);
        if (command.Arguments.Any(a => a.Contains(argument, StringComparison.Ordinal)))
        {
            _answered.TrySetResult();
        }

        return result;
    }

    public Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default) => inner.ReadFileAsync(path, ct);
}
