namespace IacTest.Harness.Checks;

/// <summary>How long a check keeps trying before it fails, and how long it waits between attempts.</summary>
/// <param name="Timeout">Total time allowed; zero means one attempt.</param>
/// <param name="Interval">Pause between attempts.</param>
public sealed record RetryPolicy(TimeSpan Timeout, TimeSpan Interval)
{
    /// <summary>One attempt, no waiting.</summary>
    public static RetryPolicy Once { get; } = new(TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Keep trying for <paramref name="timeout"/>, every <paramref name="interval"/> (default 250 ms).</summary>
    public static RetryPolicy For(TimeSpan timeout, TimeSpan? interval = null) => new(timeout, interval ?? TimeSpan.FromMilliseconds(250));
}
