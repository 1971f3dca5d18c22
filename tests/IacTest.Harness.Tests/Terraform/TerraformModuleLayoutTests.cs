using IacTest.Harness.Discovery;
using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformModuleLayoutTests
{
    private static string Modules => ProjectFiles.Path("Terraform", "Modules");

    private static string ApiGateway => Path.Combine(Modules, "api-gateway");

    [TerraformFact]
    public async Task A_module_copied_without_the_sibling_it_calls_fails_init_naming_the_call()
    {
        // Given a module whose call reaches outside its folder (source = "../naming"), copied alone
        await using var copy = TerraformWorkingCopy.For(ApiGateway).Create();

        // When it is initialised
        var error = await Should.ThrowAsync<TerraformException>(() => copy.InitAsync());

        // Then Terraform reports the unreadable folder (init gives these errors no range, only the call's line in the text)
        error.Errors.Count().ShouldBe(2);
        error.Errors.ShouldAllBe(d => d.Summary == "Unreadable module directory" && d.Range == null);
        error.Errors.ShouldContain(d => d.Detail.Contains("lstat ../naming: no such file or directory"));
        var line = TerraformModules.LineOf(Path.Combine(ApiGateway, "main.tf"), "module \"naming\"");
        error.Message.ShouldContain($"for module \"naming\" at main.tf:{line}.");
    }

    [TerraformFact]
    public async Task With_the_common_folder_as_source_root_the_sibling_module_resolves()
    {
        // Given the same module, with the folder holding both modules copied
        await using var copy = TerraformWorkingCopy.For(ApiGateway).WithSourceRoot(Modules).WithVariable("environment", "prod").Create();

        // When it is planned
        var plan = await copy.PlanAsync();

        // Then the sibling module's naming reached the resource
        plan.Resource("terraform_data.route").AfterValue("input.name").GetString().ShouldBe("prod-gateway-route");
    }

    [Fact]
    public void A_source_root_that_does_not_hold_the_module_is_refused()
    {
        var error = Should.Throw<ArgumentException>(() => TerraformWorkingCopy.For(ApiGateway).WithSourceRoot(TerraformModules.WebService));
        error.Message.ShouldStartWith($"The module '{ApiGateway}' is not inside the source root '{TerraformModules.WebService}'.");
    }

    [TerraformFact]
    public async Task Validate_reports_an_undeclared_reference_at_its_position()
    {
        // Given a module whose output names a resource that does not exist
        var module = Path.Combine(Modules, "broken-reference");
        await using var copy = TerraformWorkingCopy.For(module).Create();

        // When it is validated
        var error = await Should.ThrowAsync<TerraformException>(() => copy.ValidateAsync());

        // Then the reference is reported where it is written
        error.Command.ShouldBe("validate");
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Summary.ShouldBe("Reference to undeclared resource");
        diagnostic.Detail.ShouldBe("A managed resource \"terraform_data\" \"queues\" has not been declared in the root module.");
        var file = Path.Combine(module, "main.tf");
        diagnostic.Range!.File.ShouldBe(file);
        diagnostic.Range.Line.ShouldBe(TerraformModules.LineOf(file, "value       = terraform_data.queues.id"));
        diagnostic.Range.Column.ShouldBe(File.ReadAllLines(file)[diagnostic.Range.Line - 1].IndexOf("terraform_data.queues", StringComparison.Ordinal) + 1);
    }
}
