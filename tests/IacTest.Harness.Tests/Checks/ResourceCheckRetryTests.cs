using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;

namespace IacTest.Harness.Tests.Checks;

/// <summary>
/// The retry loop of a check, against an in-process target whose commands are counted: only what the loop guarantees
/// at any machine speed is asserted (a loaded machine may fit fewer attempts in a retry window, never a shorter wait).
/// </summary>
public sealed class ResourceCheckRetryTests
{
    [Fact]
    public async Task A_check_is_retried_until_it_passes()
    {
        // Given: a command that fails twice, then succeeds; a retry window no probe answered in process can use up
        var target = new ScriptedTarget(1, 1, 0);
        var checks = new SmokeChecks(target).Command("systemctl is-active app", c => c.ExitCode(0L).Within(TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(10)));

        // When
        var report = await checks.RunAsync();

        // Then
        report.Passed.ShouldBeTrue(report.Describe());
        report.Results[0].Attempts.ShouldBe(3);
        target.Commands.ShouldBe(3);
    }

    [Fact]
    public async Task A_check_that_never_passes_fails_after_its_retry_time()
    {
        // Given
        var target = new ScriptedTarget(1);
        var checks = new SmokeChecks(target).Command("systemctl is-active app", c => c.ExitCode(0L).Within(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(200)));

        // When
        var report = await checks.RunAsync();

        // Then: the loop gives up only once another interval would pass the retry time, however few attempts fit
        report.Passed.ShouldBeFalse();
        var result = report.Results[0];
        result.Duration.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(800));
        result.Attempts.ShouldBe(target.Commands);
        result.Describe().ShouldStartWith($"command:systemctl is-active app: 1 of 1 attribute(s) failed ({result.Attempts} attempt");
        result.Describe().ShouldContain("exit-status: expected 0, actual 1");
    }

    [Fact]
    public async Task A_check_without_retry_makes_exactly_one_attempt()
    {
        // Given
        var target = new ScriptedTarget(1, 0);

        // When
        var report = await new SmokeChecks(target).Command("true", c => c.ExitCode(0L)).RunAsync();

        // Then
        report.Passed.ShouldBeFalse();
        report.Results[0].Attempts.ShouldBe(1);
        target.Commands.ShouldBe(1);
    }
}
