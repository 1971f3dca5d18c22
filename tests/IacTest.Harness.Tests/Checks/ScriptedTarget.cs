using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Tests.Checks;

/// <summary>
/// A target answered in process: each command gets the next exit code of a script (the last one repeats), and every
/// command is counted, so a test sees exactly how many probes a check sent whatever the machine's speed.
/// </summary>
internal sealed class ScriptedTarget(params int[] exitCodes) : ITargetHost
{
    private int _commands;

    public int Commands => Volatile.Read(ref _commands);

    public string Description => "scripted target";

    public Task<CommandResult> RunAsync(TargetCommand command, CancellationToken ct = default)
    {
        var index = Interlocked.Increment(ref _commands) - 1;
        return Task.FromResult(new CommandResult(exitCodes[Math.Min(index, exitCodes.Length - 1)], string.Empty, string.Empty));
    }

    public Task<byte[]> ReadFileAsync(string path, CancellationToken ct = default) =>
        throw new NotSupportedException("the scripted target only runs commands");
}
