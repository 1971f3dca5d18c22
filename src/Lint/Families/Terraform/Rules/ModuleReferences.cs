using System.Text.RegularExpressions;
using IacTest.Lint.Hcl;
using IacTest.Lint.Families.Terraform.Model;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// What a module's expressions refer to: <c>var.NAME</c>, <c>local.NAME</c>, <c>data.TYPE.NAME</c> and two-part
/// traversals (<c>aws.west</c>, how a provider alias is named). In JSON, where every value is a string that Terraform
/// reads as a template, the strings' <c>${…}</c> references are read. A variable's own validation does not count as a
/// use of it, as in tflint.
/// </summary>
internal sealed partial class ModuleReferences
{
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);

    /// <summary>Collects the references of every file of the module.</summary>
    public ModuleReferences(IReadOnlyList<TerraformModuleFile> module)
    {
        foreach (var file in module)
        {
            foreach (var block in file.Hcl.Body.Blocks)
            {
                // var.NAME in the validation of variable NAME checks the value; it does not use it.
                var self = block is { Type: "variable", Labels.Count: 1 } ? $"var.{block.Labels[0].Value}" : null;
                Collect(block.Body, file.IsJson, self);
            }

            Collect(new HclBody(file.Hcl.Body.Attributes, [], file.Hcl.Body.Range, file.Hcl.Body.EndRange), file.IsJson, null);
        }
    }

    /// <summary>Whether an address (<c>var.region</c>, <c>local.tags</c>, <c>data.aws_ami.ubuntu</c>, <c>aws.west</c>) is referred to.</summary>
    public bool Contains(string address) => _references.Contains(address);

    private void Collect(HclBody body, bool json, string? ignored)
    {
        foreach (var expression in HclExpressions.All(body))
        {
            if (expression is HclScopeTraversalExpression traversal)
            {
                Add(traversal, ignored);
            }
            else if (json && ExpressionValues.AsString(expression) is { } text)
            {
                foreach (Match match in JsonReference().Matches(text))
                {
                    var address = match.Groups["address"].Value;
                    AddAddress(address.Split('.'), ignored);
                }

                // "provider": "aws.west" and module "providers" values name a provider configuration as plain text.
                if (ProviderAddress().IsMatch(text))
                {
                    _references.Add(text);
                }
            }
        }
    }

    private void Add(HclScopeTraversalExpression traversal, string? ignored)
    {
        var parts = new List<string> { traversal.RootName };
        foreach (var step in traversal.Steps)
        {
            if (!step.IsAttribute)
            {
                break;
            }

            parts.Add(step.Name!);
        }

        AddAddress(parts, ignored);
        if (traversal.Steps.Count == 1 && traversal.Steps[0].IsAttribute && $"{traversal.RootName}.{traversal.Steps[0].Name}" is var address && address != ignored)
        {
            // A provider configuration is named by exactly two parts: aws.west.
            _references.Add(address);
        }
    }

    private void AddAddress(IReadOnlyList<string> parts, string? ignored)
    {
        string? address = parts switch
        {
            ["var" or "local", var name, ..] => $"{parts[0]}.{name}",
            ["data", var type, var name, ..] => $"data.{type}.{name}",
            [var root, var name] => $"{root}.{name}",
            _ => null,
        };
        if (address is not null && address != ignored)
        {
            _references.Add(address);
        }
    }

    // A reference inside a JSON string's interpolation: ${var.name}, ${data.aws_ami.ubuntu.id}, ${local.x[0]}.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.-])(?<address>(?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*|data\.[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)")]
    private static partial Regex JsonReference();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex ProviderAddress();
}
