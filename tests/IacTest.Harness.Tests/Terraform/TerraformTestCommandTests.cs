using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformTestCommandTests
{
    [TerraformFact]
    public async Task The_module_tests_pass_with_a_result_per_run_block()
    {
        // Given the web service module and its tests (plan, expected failure, apply, and a mocked provider)
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).Create();

        // When terraform test runs
        var result = await copy.TestAsync();

        // Then every run block of both files passed
        result.Status.ShouldBe(TerraformTestStatus.Pass, result.ToString());
        result.ToString().ShouldBe("pass: 4 passed, 0 failed, 0 errored, 0 skipped");
        result.Files.Select(f => f.Path).ShouldBe(["tests/mocked.tftest.hcl", "tests/web_service.tftest.hcl"], ignoreOrder: true);
        result.Files.ShouldAllBe(f => f.Status == TerraformTestStatus.Pass);
        result.Runs.Select(r => r.Name).ShouldBe(
            ["replicas_point_at_their_service", "names_follow_the_environment", "rejects_an_unknown_environment", "creates_the_dns_record"],
            ignoreOrder: true);
        result.Run("rejects_an_unknown_environment").Status.ShouldBe(TerraformTestStatus.Pass);
        result.Run("replicas_point_at_their_service", "tests/mocked.tftest.hcl").Diagnostics.ShouldBeEmpty();
        result.EnsurePassed();
    }

    [TerraformFact]
    public async Task A_failing_assertion_fails_its_run_block_at_the_condition()
    {
        // Given a test file whose second run block asserts the wrong default
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).Create();

        // When terraform test runs that folder
        var result = await copy.TestAsync(testDirectory: "tests-failing");

        // Then the first run block passed and the second failed, positioned at its condition in the user's file
        result.Status.ShouldBe(TerraformTestStatus.Fail);
        result.Passed.ShouldBe(1);
        result.Failed.ShouldBe(1);
        result.Run("dns_name_is_in_the_zone").Status.ShouldBe(TerraformTestStatus.Pass);
        var failed = result.Run("production_by_default");
        failed.Status.ShouldBe(TerraformTestStatus.Fail);
        var file = Path.Combine(TerraformModules.WebService, "tests-failing", "regressions.tftest.hcl");
        var assertion = failed.Diagnostics.ShouldHaveSingleItem();
        assertion.Summary.ShouldBe("Test assertion failed");
        assertion.Detail.ShouldBe("The default environment should be production.");
        assertion.TestRun.ShouldBe("production_by_default");
        assertion.Range!.File.ShouldBe(file);
        assertion.Range.Line.ShouldBe(TerraformModules.LineOf(file, "condition     = var.environment == \"production\""));

        // And EnsurePassed fails with that position and the failing run block
        var error = Should.Throw<TerraformException>(result.EnsurePassed);
        error.Message.ShouldContain($"{file}:{assertion.Range.Line}:{assertion.Range.Column}: error: Test assertion failed: The default environment should be production.");
        error.Message.ShouldContain("tests-failing/regressions.tftest.hcl run \"production_by_default\": fail");
    }

    [TerraformFact]
    public async Task A_filter_runs_only_the_files_named()
    {
        // Given the module's tests
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).Create();

        // When only the mocked file is run
        var result = await copy.TestAsync(filters: ["tests/mocked.tftest.hcl"]);

        // Then its one run block is the whole result
        result.Runs.ShouldHaveSingleItem().Name.ShouldBe("replicas_point_at_their_service");
        result.Passed.ShouldBe(1);
    }
}
