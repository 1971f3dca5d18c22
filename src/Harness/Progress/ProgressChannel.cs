using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Progress;

/// <summary>Where one test's progress lines go: the run's diagnostic sink now, the test's output at its end.</summary>
internal sealed class ProgressChannel(IMessageSink sink)
{
    private readonly List<string> lines = [];

    /// <summary>The lines sent since the last call, in order (each test result takes its own).</summary>
    public IReadOnlyList<string> TakeLines()
    {
        lock (lines)
        {
            var taken = lines.ToList();
            lines.Clear();
            return taken;
        }
    }

    /// <summary>Shows <paramref name="line"/> now and keeps it for the test's output.</summary>
    public void Send(string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }

        sink.OnMessage(new DiagnosticMessage(line));
    }
}
