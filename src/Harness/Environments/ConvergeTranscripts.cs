using System.Collections.Concurrent;

namespace IacTest.Harness.Environments;

/// <summary>
/// The last Ansible run of each step (converge, idempotence, verify) on each container, kept in memory so a check
/// that fails later can show how the machine was converged — also when the converge ran in a class fixture, whose
/// output no test saw.
/// </summary>
internal static class ConvergeTranscripts
{
    /// <summary>How many containers are remembered; the oldest are forgotten first.</summary>
    private const int MaxContainers = 200;

    private static readonly ConcurrentDictionary<string, Entry> Runs = new(StringComparer.Ordinal);
    private static long sequence;

    /// <summary>Remembers the transcript of <paramref name="step"/> on <paramref name="container"/> (name or id), masked already.</summary>
    public static void Record(string container, string step, string transcript)
    {
        var order = Interlocked.Increment(ref sequence);
        Runs.AddOrUpdate(
            container,
            _ => new Entry(order, new Dictionary<string, string>(StringComparer.Ordinal) { [step] = transcript }),
            (_, entry) =>
            {
                lock (entry.Steps)
                {
                    entry.Steps[step] = transcript;
                }

                return entry with { Order = order };
            });
        if (Runs.Count > MaxContainers)
        {
            foreach (var old in Runs.OrderBy(run => run.Value.Order).Take(Runs.Count - MaxContainers).ToList())
            {
                Runs.TryRemove(old.Key, out _);
            }
        }
    }

    /// <summary>The remembered runs on a container known by any of <paramref name="names"/>, in step order.</summary>
    public static IReadOnlyList<(string Step, string Transcript)> For(params string[] names)
    {
        foreach (var name in names)
        {
            if (Runs.TryGetValue(name, out var entry))
            {
                lock (entry.Steps)
                {
                    return [.. entry.Steps.OrderBy(step => StepOrder(step.Key)).Select(step => (step.Key, step.Value))];
                }
            }
        }

        return [];
    }

    private static int StepOrder(string step) => step switch
    {
        "converge" => 0,
        "idempotence" => 1,
        _ => 2,
    };

    private sealed record Entry(long Order, Dictionary<string, string> Steps);
}
