using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformApplyTests
{
    [TerraformFact]
    public async Task Apply_returns_typed_outputs_and_the_copy_is_destroyed_afterwards()
    {
        // Given the web service module with three replicas
        TerraformState? applied = null;
        var copy = TerraformWorkingCopy.For(TerraformModules.WebService)
            .WithVariable("service_name", "checkout")
            .WithVariable("replicas", 3)
            .Create();

        // When it is applied and its outputs read
        await copy.RunAsync(async c =>
        {
            var outputs = await c.ApplyAsync();

            // Then the outputs have their types and values
            outputs["service_name"].GetString().ShouldBe("checkout-dev");
            outputs["fqdn"].GetString().ShouldBe("checkout-dev.internal.example.net");
            outputs["replica_names"].Deserialize<List<string>>().ShouldBe(["checkout-dev-0", "checkout-dev-1", "checkout-dev-2"]);
            outputs["replica_names"].Type[0].GetString().ShouldBe("tuple");
            outputs["admin_token"].Sensitive.ShouldBeTrue();
            applied = await c.StateAsync();
        });

        // And everything it created was in the state, and the destroy that followed left the state empty
        applied.ShouldNotBeNull();
        applied.ResourceAddresses.Count.ShouldBe(5);
        applied.ResourceAddresses.ShouldContain("module.dns.terraform_data.record");
        copy.StateAfterDestroy.ShouldNotBeNull();
        copy.StateAfterDestroy.IsEmpty.ShouldBeTrue(copy.StateAfterDestroy.ToString());
        Directory.Exists(copy.Directory).ShouldBeFalse();
    }

    [TerraformFact]
    public async Task A_saved_plan_is_applied_as_planned()
    {
        // Given a plan of the web service
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).WithVariable("service_name", "search").Create();
        var plan = await copy.PlanAsync();

        // When that plan is applied, then planned again
        var outputs = await copy.ApplyAsync(plan);
        var again = await copy.PlanAsync();

        // Then the outputs are the planned ones, and nothing is left to do
        outputs["service_name"].GetString().ShouldBe(plan.Resource("terraform_data.service").AfterValue("input.name").GetString());
        again.IsEmpty.ShouldBeTrue(again.ToString());
        again.ResourceChanges.ShouldAllBe(c => c.Action == TerraformChangeAction.NoOp);
    }

    [TerraformFact]
    public async Task Changed_inputs_plan_updates_a_replacement_and_a_removal()
    {
        // Given an applied web service with two replicas
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).WithVariable("service_name", "search").Create();
        await copy.ApplyAsync();

        // When it is planned again in another environment and zone, with one replica
        var plan = await copy
            .SetVariable("environment", "staging")
            .SetVariable("dns_zone", "staging.example.net")
            .SetVariable("replicas", 1)
            .PlanAsync();

        // Then the names change in place, the record moves zone by replacement and the second replica goes
        plan.ToChange.Select(c => c.Address).ShouldBe(["terraform_data.replica[0]", "terraform_data.service"], ignoreOrder: true);
        var record = plan.ToReplace.ShouldHaveSingleItem();
        record.Address.ShouldBe("module.dns.terraform_data.record");
        record.Actions.ShouldBe(["delete", "create"]);
        record.BeforeValue("input.fqdn").GetString().ShouldBe("search-dev.internal.example.net");
        record.AfterValue("input.fqdn").GetString().ShouldBe("search-staging.staging.example.net");
        plan.ToDestroy.ShouldHaveSingleItem().Address.ShouldBe("terraform_data.replica[1]");
        plan.Resource("terraform_data.service").BeforeValue("input.name").GetString().ShouldBe("search-dev");
        plan.ToString().ShouldBe("Plan: 1 to add, 2 to change, 2 to destroy.");
    }

    [TerraformFact]
    public async Task A_failed_apply_still_destroys_what_it_created()
    {
        // Given a migration that fails after the database was created
        using var log = new TeardownLog();
        TerraformState? afterFailure = null;
        var copy = TerraformWorkingCopy.For(TerraformModules.SchemaMigration)
            .WithVariable("database_name", "orders")
            .WithVariable("migration_command", "echo migrating; exit 3")
            .WithVariable("teardown_log", log.Path)
            .Create();

        // When it is applied
        var error = await Should.ThrowAsync<TerraformException>(() => copy.RunAsync(async c =>
        {
            try
            {
                await c.ApplyAsync();
            }
            finally
            {
                afterFailure = await c.StateAsync();
            }
        }));

        // Then the apply failed at the provisioner, positioned in the module
        error.Command.ShouldBe("apply");
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Summary.ShouldBe("local-exec provisioner error");
        diagnostic.Detail.ShouldContain("exit status 3");
        diagnostic.Range!.File.ShouldBe(Path.Combine(TerraformModules.SchemaMigration, "main.tf"));

        // And the database it had created was destroyed: its own destroy provisioner ran, the state is empty
        afterFailure.ShouldNotBeNull();
        afterFailure.ResourceAddresses.ShouldContain("terraform_data.database");
        log.Lines.ShouldBe(["destroyed orders"]);
        copy.StateAfterDestroy.ShouldNotBeNull();
        copy.StateAfterDestroy.IsEmpty.ShouldBeTrue(copy.StateAfterDestroy.ToString());
    }

    [TerraformFact]
    public async Task A_failed_assertion_after_apply_still_destroys_and_is_the_failure_reported()
    {
        // Given an applied module and an assertion that fails
        using var log = new TeardownLog();
        var copy = TerraformWorkingCopy.For(TerraformModules.SchemaMigration)
            .WithVariable("database_name", "billing")
            .WithVariable("migration_command", "true")
            .WithVariable("teardown_log", log.Path)
            .Create();

        // When the test body throws after the apply
        // (xunit's assertion: Shouldly's ThrowAsync passes its own assertion failures through)
        var error = await Should.ThrowAsync<global::Xunit.Sdk.EqualException>(() => copy.RunAsync(async c =>
        {
            var outputs = await c.ApplyAsync();
            Assert.Equal("not-the-id", outputs["database_id"].GetString());
        }));

        // Then the assertion is what the test reports, and the database was destroyed all the same
        error.Message.ShouldContain("not-the-id");
        log.Lines.ShouldBe(["destroyed billing"]);
        copy.StateAfterDestroy!.IsEmpty.ShouldBeTrue();
    }

    [TerraformFact]
    public async Task Disposing_an_applied_copy_destroys_it()
    {
        // Given an applied copy used with `await using`
        using var log = new TeardownLog();
        var copy = TerraformWorkingCopy.For(TerraformModules.SchemaMigration)
            .WithVariable("database_name", "audit")
            .WithVariable("migration_command", "true")
            .WithVariable("teardown_log", log.Path)
            .Create();
        await using (copy)
        {
            await copy.ApplyAsync();
            log.Lines.ShouldBeEmpty();
        }

        // Then leaving the block destroyed it
        log.Lines.ShouldBe(["destroyed audit"]);
        copy.StateAfterDestroy!.IsEmpty.ShouldBeTrue();
    }

    [TerraformFact]
    public async Task An_apply_stopped_by_a_variable_validation_has_nothing_to_destroy()
    {
        // Given an invalid replica count
        var copy = TerraformWorkingCopy.For(TerraformModules.WebService).WithVariable("service_name", "checkout").WithVariable("replicas", 9).Create();

        // When it is applied
        var error = await Should.ThrowAsync<TerraformException>(() => copy.RunAsync(c => c.ApplyAsync()));

        // Then the validation is the one failure (no destroy was tried with the same invalid inputs)
        error.Errors.ShouldHaveSingleItem().Detail.ShouldStartWith("Between 1 and 5 replicas are supported.");
        copy.StateAfterDestroy.ShouldBeNull();
    }
}
