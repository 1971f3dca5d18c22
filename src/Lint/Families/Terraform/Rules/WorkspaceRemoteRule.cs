using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Families.Terraform.Model;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_workspace_remote</c>: <c>terraform.workspace</c> with a <c>remote</c> backend on Terraform 1.0.</summary>
internal sealed class WorkspaceRemoteRule : TerraformModuleRule
{
    // Terraform 1.0's releases: on these, terraform.workspace is always "default" under remote execution.
    private static readonly string[] Terraform10 = Enumerable.Range(0, 12).Select(patch => $"1.0.{patch}").ToArray();

    /// <inheritdoc />
    public override string Code => "IAC0720";

    /// <inheritdoc />
    public override string Name => "terraform_workspace_remote";

    /// <inheritdoc />
    public override string Title => "`terraform.workspace` should not be used with a \"remote\" backend with remote execution";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "correctness", "recommended"];

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string Description =>
        "With the `remote` backend and remote execution, Terraform 1.0 evaluates `terraform.workspace` as `default`, "
        + "not the workspace's name, so names and counts built from it are wrong. Reported at each "
        + "`terraform.workspace` when the module has a `remote` backend and its `required_version` admits a 1.0 "
        + "release (both may be in any `.tf` file of the folder), as tflint does (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "terraform {\n  required_version = \">= 1.0\"\n  backend \"remote\" {\n    organization = \"example\"\n    workspaces {\n      prefix = \"web-\"\n    }\n  }\n}\n\nresource \"aws_instance\" \"web\" {\n  tags = {\n    Name = \"web-${terraform.workspace}\"\n  }\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "terraform {\n  required_version = \">= 1.0\"\n  backend \"remote\" {\n    organization = \"example\"\n    workspaces {\n      prefix = \"web-\"\n    }\n  }\n}\n\nvariable \"environment\" {\n  type = string\n}\n\nresource \"aws_instance\" \"web\" {\n  tags = {\n    Name = \"web-${var.environment}\"\n  }\n}\n";

    /// <inheritdoc />
    protected override void Check(TerraformModuleCheck check, TerraformModuleView module)
    {
        var remote = false;
        var constraints = new List<Func<int[], bool>>();
        foreach (var terraform in module.Files.SelectMany(f => f.Hcl.Body.BlocksOfType("terraform")))
        {
            remote |= terraform.Body.BlocksOfType("backend").Any(b => b.Labels.Count == 1 && b.Labels[0].Value == "remote");
            if (ExpressionValues.AsString(terraform.Body.Attribute("required_version")?.Expression) is { } text
                && VersionConstraints.Parse(text) is { } parsed)
            {
                constraints.AddRange(parsed);
            }
        }

        if (!remote || constraints.Count == 0 || !Terraform10.Any(v => VersionConstraints.Allows(constraints, v)))
        {
            return;
        }

        foreach (var file in module.Files.Where(f => !f.IsJson))
        {
            foreach (var expression in HclExpressions.All(file.Hcl.Body))
            {
                if (expression is HclScopeTraversalExpression { RootName: "terraform", Steps: [{ Name: "workspace" }, ..] } traversal)
                {
                    check.Report(file, traversal.Range, "terraform.workspace should not be used with a 'remote' backend");
                }
            }
        }
    }
}
