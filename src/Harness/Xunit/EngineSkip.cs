using IacTest.Harness.Engine;

namespace IacTest.Harness.Xunit;

/// <summary>Decides whether an engine test is skipped: only when no engine answers and none is required.</summary>
internal static class EngineSkip
{
    /// <summary>The one-line skip reason, or null to run (the test then fails clearly if the engine is missing).</summary>
    public static string? Reason()
    {
        if (DockerEngine.IsAvailable || DockerEngine.EngineRequired)
        {
            return null;
        }

        return $"{DockerEngine.UnavailableReason} (set IACTEST_REQUIRE_ENGINE=1 to fail instead of skip)";
    }
}
