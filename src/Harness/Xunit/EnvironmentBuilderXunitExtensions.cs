using IacTest.Harness.Environments;
using Xunit.Abstractions;

namespace IacTest.Harness.Xunit;

/// <summary>xunit helpers for <see cref="EnvironmentBuilder"/>.</summary>
public static class EnvironmentBuilderXunitExtensions
{
    /// <summary>Sends the environment's progress and failure lines to the test's output.</summary>
    public static EnvironmentBuilder WithTestOutput(this EnvironmentBuilder builder, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(output);
        return builder.WithLog(line =>
        {
            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test has already finished: there is no output to write to any more.
                Console.Error.WriteLine("[iactest] " + line);
            }
        });
    }
}
