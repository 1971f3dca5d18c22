using System.Net;
using IacTest.Harness.Terraform;
using Xunit.Abstractions;

namespace Terraform.Tests;

/// <summary>The subnet-plan module, planned, applied and destroyed with the real terraform binary.</summary>
public sealed class SubnetPlanTests(ITestOutputHelper output)
{
    private static readonly string Module = ProjectFiles.Path("modules", "subnet-plan");

    [TerraformFact]
    public async Task Every_tier_gets_one_subnet_per_zone_and_none_overlap()
    {
        // Given a /16 network over three zones
        await using var copy = TerraformWorkingCopy.For(Module)
            .WithVariable("network_cidr", "10.20.0.0/16")
            .WithVariable("zones", new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" })
            .WithLog(output.WriteLine)
            .Create();

        // When it is planned
        var plan = await copy.PlanAsync();

        // Then there is a subnet per tier and zone, and no two of them share an address
        plan.ToAdd.Count.ShouldBe(6);
        var networks = plan.ToAdd.Select(c => IPNetwork.Parse(c.AfterValue("input.cidr").GetString()!)).ToList();
        foreach (var network in networks)
        {
            networks.Where(other => !other.Equals(network)).ShouldAllBe(other => !other.Contains(network.BaseAddress) && !network.Contains(other.BaseAddress));
        }

        plan.Resource("terraform_data.subnet[\"public-eu-west-1c\"]").AfterValue("input.cidr").GetString().ShouldBe("10.20.18.0/24");
    }

    [TerraformFact]
    public async Task The_applied_module_outputs_each_subnet_by_tier_and_zone()
    {
        // Given two zones
        var copy = TerraformWorkingCopy.For(Module)
            .WithVariable("network_cidr", "10.20.0.0/16")
            .WithVariable("zones", new[] { "eu-west-1a", "eu-west-1b" })
            .WithLog(output.WriteLine)
            .Create();

        // When it is applied (and destroyed afterwards, whatever happens)
        await copy.RunAsync(async c =>
        {
            var outputs = await c.ApplyAsync();

            // Then the outputs are typed
            outputs["subnet_count"].GetInt64().ShouldBe(4);
            outputs["subnet_cidrs"].Deserialize<Dictionary<string, string>>().ShouldBe(new Dictionary<string, string>
            {
                ["private-eu-west-1a"] = "10.20.0.0/22",
                ["private-eu-west-1b"] = "10.20.4.0/22",
                ["public-eu-west-1a"] = "10.20.16.0/24",
                ["public-eu-west-1b"] = "10.20.17.0/24",
            });
        });

        copy.StateAfterDestroy!.IsEmpty.ShouldBeTrue();
    }

    [TerraformFact]
    public async Task A_network_too_small_is_refused_at_the_variable()
    {
        // Given a /24 network
        await using var copy = TerraformWorkingCopy.For(Module)
            .WithVariable("network_cidr", "10.20.0.0/24")
            .WithVariable("zones", new[] { "eu-west-1a", "eu-west-1b" })
            .Create();

        // When it is planned
        var error = await Should.ThrowAsync<TerraformException>(() => copy.PlanAsync());

        // Then the module's validation message comes back, pointing at variables.tf
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Detail.ShouldStartWith("The network must be an IPv4 CIDR block of /20 or larger.");
        diagnostic.Range!.File.ShouldBe(Path.Combine(Module, "variables.tf"));
        diagnostic.Range.Line.ShouldBe(1);
    }

    [TerraformFact]
    public async Task The_modules_own_terraform_tests_pass()
    {
        // Given the module's .tftest.hcl files
        await using var copy = TerraformWorkingCopy.For(Module).WithLog(output.WriteLine).Create();

        // When terraform test runs them
        var result = await copy.TestAsync();

        // Then every run block passed
        result.EnsurePassed();
        result.Runs.Select(r => r.Name).ShouldBe(["one_subnet_per_tier_and_zone", "private_subnets_are_large", "a_small_network_is_refused"]);
    }
}
