using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>The typed module model, loaded from the hand-written corpus modules.</summary>
public sealed class TerraformModuleTests
{
    private static string Module(string name) => Path.Combine(HclCorpus.Folder, "handwritten", name);

    [Fact]
    public void A_module_folder_gives_its_variables_outputs_locals_resources_and_provider_requirements()
    {
        // Given the network module of the corpus
        // When it is loaded
        var module = TerraformModule.Load(Module("network-module"));

        // Then every declaration is typed, with its file and range
        module.Diagnostics.ShouldBeEmpty();
        module.Variables.Select(v => v.Name).ShouldBe(["name", "cidr_block", "availability_zones", "subnets", "tags"]);
        var name = module.Variables[0];
        name.TypeText.ShouldBe("string");
        name.IsRequired.ShouldBeTrue();
        name.Description.ShouldBe("Name prefix for every network resource.");
        name.Validations.ShouldHaveSingleItem().ErrorMessage.ShouldNotBeNull();
        name.Location.FileName.ShouldEndWith("variables.tf");
        name.Location.Range.ToString().ShouldBe("1,1-16");
        module.Variables.Single(v => v.Name == "tags").Sensitive.ShouldBe(false);
        module.Variables.Single(v => v.Name == "availability_zones").Description.ShouldBeNull();

        module.Outputs.Select(o => o.Name).ShouldBe(["vpc_id", "subnet_ids", "public_subnet_ids", "first_subnet_cidr", "all_cidrs"]);
        module.Outputs.Count(o => o.Description is null).ShouldBe(3);
        module.Locals.Select(l => l.Name).ShouldBe(["common_tags", "subnet_keys", "az_by_subnet", "public_subnets"]);
        module.Resources.Select(r => r.Address).ShouldBe(["aws_vpc.this", "aws_subnet.this", "aws_security_group.web"]);
        module.Resources[1].ForEach.ShouldNotBeNull();
        module.Resources.ShouldAllBe(r => r.ProviderName == "aws");
        var aws = module.RequiredProviders.ShouldHaveSingleItem();
        (aws.LocalName, aws.Source, aws.Version).ShouldBe(("aws", "hashicorp/aws", "~> 5.40"));
        module.RequiredVersions.ShouldHaveSingleItem().Constraint.ShouldBe(">= 1.5.0");
    }

    [Fact]
    public void Module_calls_keep_source_version_and_inputs_and_broken_files_give_what_parsed()
    {
        // Given the application stack, which has files with syntax errors beside valid ones
        // When it is loaded
        var module = TerraformModule.Load(Module("app-stack"));

        // Then the calls are typed and the errors are kept with their files
        var network = module.ModuleCalls.Single(m => m.Name == "network");
        network.IsLocal.ShouldBeTrue();
        network.Inputs.Select(i => i.Name).ShouldBe(["name", "cidr_block", "tags"]);
        var labels = module.ModuleCalls.Single(m => m.Name == "labels");
        (labels.Source, labels.Version, labels.IsLocal).ShouldBe(("cloudposse/label/null", "0.25.0", false));
        module.Resources.ShouldContain(r => r.Address == "data.aws_ami.ubuntu" && r.Mode == TerraformResourceMode.Data);
        module.Diagnostics.Select(d => Path.GetFileName(d.FileName)).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(["broken-several.tf", "broken-template.tf", "broken-unclosed.tf"]);
        module.Variables.ShouldContain(v => v.Name == "region"); // from broken-several.tf, before its errors
    }

    [Fact]
    public void Json_files_give_the_same_model()
    {
        // Given a module written in JSON
        const string json = """
            {
              "variable": { "region": { "type": "string", "default": "eu-west-1", "sensitive": true } },
              "module": { "net": { "source": "./net", "cidr": "10.0.0.0/16" } },
              "terraform": { "required_providers": { "aws": { "source": "hashicorp/aws", "version": "~> 5.0" } } }
            }
            """;

        // When it is read
        var module = TerraformModule.FromSources([("main.tf.json", json)]);

        // Then it gives the same declarations as native syntax would
        var region = module.Variables.ShouldHaveSingleItem();
        (region.Name, region.Sensitive, region.IsRequired).ShouldBe(("region", (bool?)true, false));
        module.ModuleCalls.ShouldHaveSingleItem().Inputs.ShouldHaveSingleItem().Name.ShouldBe("cidr");
        module.RequiredProviders.ShouldHaveSingleItem().Version.ShouldBe("~> 5.0");
    }
}
