using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformPlanTests
{
    [TerraformFact]
    public async Task The_plan_lists_the_resources_to_add_with_their_attributes()
    {
        // Given the web service module with a name and a tag
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService)
            .WithVariable("service_name", "checkout")
            .WithVariable("tags", new Dictionary<string, string> { ["team"] = "payments" })
            .Create();

        // When it is planned
        var plan = await copy.PlanAsync();

        // Then the service, its two replicas and the nested module's record are to be added, nothing else
        plan.ToAdd.Select(c => c.Address).ShouldBe(
            ["module.dns.terraform_data.record", "terraform_data.replica[0]", "terraform_data.replica[1]", "terraform_data.service"],
            ignoreOrder: true);
        plan.ToChange.ShouldBeEmpty();
        plan.ToDestroy.ShouldBeEmpty();
        plan.ToReplace.ShouldBeEmpty();
        plan.ToString().ShouldBe("Plan: 4 to add, 0 to change, 0 to destroy.");

        // And their planned attributes come from the variables, locals and module inputs
        var service = plan.Resource("terraform_data.service");
        service.Type.ShouldBe("terraform_data");
        service.Action.ShouldBe(TerraformChangeAction.Create);
        service.Before.ShouldBeNull();
        service.AfterValue("input.name").GetString().ShouldBe("checkout-dev");
        service.AfterValue("input.tags.team").GetString().ShouldBe("payments");
        service.AfterValue("input.tags.managed_by").GetString().ShouldBe("terraform");
        service.IsKnownAfterApply("id").ShouldBeTrue();
        plan.Resource("terraform_data.replica[1]").AfterValue("input.name").GetString().ShouldBe("checkout-dev-1");
        plan.Resource("terraform_data.replica[1]").IsKnownAfterApply("input.owner").ShouldBeTrue();
        var record = plan.Resource("module.dns.terraform_data.record");
        record.ModuleAddress.ShouldBe("module.dns");
        record.AfterValue("input.fqdn").GetString().ShouldBe("checkout-dev.internal.example.net");
        record.AfterValue("input.ttl").GetInt32().ShouldBe(300);

        // And the outputs are announced, the sensitive ones without their value
        plan.OutputChanges.Keys.ShouldBe(["admin_api_key", "admin_token", "fqdn", "replica_names", "service_name"], ignoreOrder: true);
        plan.OutputChanges["fqdn"].KnownAfterApply.ShouldBeTrue();
        plan.OutputChanges["admin_token"].Sensitive.ShouldBeTrue();
        plan.OutputChanges["admin_token"].After.ShouldBeNull();
    }

    [TerraformFact]
    public async Task A_variables_file_feeds_the_plan()
    {
        // Given the staging variables file (three replicas)
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService)
            .WithVariable("service_name", "checkout")
            .WithVariablesFile("env/staging.tfvars")
            .Create();

        // When it is planned
        var plan = await copy.PlanAsync();

        // Then the file's values are used
        plan.ToAdd.Count(c => c.Type == "terraform_data" && c.Name == "replica").ShouldBe(3);
        plan.Resource("terraform_data.service").AfterValue("input.environment").GetString().ShouldBe("staging");
        plan.Resource("terraform_data.replica[2]").Index!.Value.GetInt32().ShouldBe(2);
    }

    [TerraformFact]
    public async Task An_attribute_the_plan_does_not_have_is_named_with_those_it_has()
    {
        // Given a plan
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).WithVariable("service_name", "checkout").Create();
        var plan = await copy.PlanAsync();

        // When a wrong attribute, an unknown value and a wrong address are asked for
        var attribute = Should.Throw<KeyNotFoundException>(() => plan.Resource("terraform_data.service").AfterValue("input.nmae"));
        var unknown = Should.Throw<KeyNotFoundException>(() => plan.Resource("terraform_data.service").AfterValue("id"));
        var address = Should.Throw<KeyNotFoundException>(() => plan.Resource("terraform_data.servcie"));

        // Then each message says what there is
        attribute.Message.ShouldBe("terraform_data.service: no 'nmae' in input (after the change). It has: environment, name, tags.");
        unknown.Message.ShouldBe("terraform_data.service: 'id' is only known after apply.");
        address.Message.ShouldStartWith("The plan has no change for 'terraform_data.servcie'. It has: ");
        address.Message.ShouldContain("terraform_data.service");
    }

    [TerraformFact]
    public async Task A_failed_variable_validation_is_reported_at_the_variable_with_its_message()
    {
        // Given a service name the module's validation rejects, passed with -var
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).WithVariable("service_name", "Checkout_Service").Create();

        // When it is planned
        var error = await Should.ThrowAsync<TerraformException>(() => copy.PlanAsync());

        // Then the one error points at the variable's declaration in the user's module (not in the copy)
        var variables = Path.Combine(TerraformModules.WebService, "variables.tf");
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Summary.ShouldBe("Invalid value for variable");
        diagnostic.Detail.ShouldStartWith("The service name must be 3 to 31 lower-case letters, digits or dashes, starting with a letter.");
        diagnostic.Range.ShouldNotBeNull();
        diagnostic.Range.File.ShouldBe(variables);
        diagnostic.Range.Line.ShouldBe(TerraformModules.LineOf(variables, "variable \"service_name\""));
        diagnostic.Range.Column.ShouldBe(1);
        error.Command.ShouldBe("plan");
        error.Message.ShouldContain($"{variables}:{diagnostic.Range.Line}:1: error: Invalid value for variable: The service name must be");
        error.Message.ShouldNotContain(copy.Directory);
    }

    [TerraformFact]
    public async Task A_value_from_a_variables_file_that_fails_validation_is_reported_in_that_file()
    {
        // Given a variables file with twelve replicas (the module allows 1 to 5)
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService)
            .WithVariable("service_name", "checkout")
            .WithVariablesFile("env/too-many-replicas.tfvars")
            .Create();

        // When it is planned
        var error = await Should.ThrowAsync<TerraformException>(() => copy.PlanAsync());

        // Then the error points at the value in the file
        var file = Path.Combine(TerraformModules.WebService, "env", "too-many-replicas.tfvars");
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Range.ShouldNotBeNull();
        diagnostic.Range.File.ShouldBe(file);
        diagnostic.Range.Line.ShouldBe(TerraformModules.LineOf(file, "replicas"));
        diagnostic.Range.Column.ShouldBe(File.ReadAllLines(file)[diagnostic.Range.Line - 1].IndexOf("12", StringComparison.Ordinal) + 1);
        diagnostic.Detail.ShouldStartWith("Between 1 and 5 replicas are supported.");
    }

    [TerraformFact]
    public async Task A_valid_module_validates_and_an_unset_required_variable_fails_the_plan()
    {
        // Given the module without its required service name
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).Create();

        // When it is validated, then planned
        var warnings = await copy.ValidateAsync();
        var error = await Should.ThrowAsync<TerraformException>(() => copy.PlanAsync());

        // Then validation passes (it needs no values) and the plan names the missing variable at its declaration
        warnings.ShouldBeEmpty();
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Summary.ShouldBe("No value for required variable");
        diagnostic.Range!.Line.ShouldBe(TerraformModules.LineOf(Path.Combine(TerraformModules.WebService, "variables.tf"), "variable \"service_name\""));
    }
}
