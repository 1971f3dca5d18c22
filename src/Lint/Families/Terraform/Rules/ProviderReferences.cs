using System.Text.RegularExpressions;
using IacTest.Lint.Hcl;
using IacTest.Lint.Families.Terraform.Model;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// The providers a module uses, as tflint's runner collects them: the <c>provider</c> argument of resources, ephemeral
/// resources and data sources (else the type's prefix before its first <c>_</c>), <c>provider</c> blocks, the values of
/// module calls' <c>providers</c> maps, data sources nested in <c>check</c> blocks, and provider-defined functions
/// (<c>provider::aws::arn_parse</c>). Where several places name a provider, the last one in file and source order is
/// the place a finding points at, as in tflint.
/// </summary>
internal static partial class ProviderReferences
{
    /// <summary>Each provider name the module uses, with the file and range a finding about it points at.</summary>
    public static Dictionary<string, (TerraformModuleFile File, HclRange Range)> Of(IReadOnlyList<TerraformModuleFile> module)
    {
        var references = new Dictionary<string, (TerraformModuleFile, HclRange)>(StringComparer.Ordinal);
        foreach (var file in module)
        {
            foreach (var block in file.Hcl.Body.Blocks)
            {
                switch (block.Type)
                {
                    case "resource" or "ephemeral" or "data" when block.Labels.Count == 2:
                        AddResource(references, file, block);
                        break;
                    case "provider" when block.Labels.Count == 1:
                        references[block.Labels[0].Value] = (file, file.DefinitionRange(block));
                        break;
                    case "module" when block.Body.Attribute("providers")?.Expression is HclObjectExpression providers:
                        foreach (var item in providers.Items)
                        {
                            if (ProviderName(item.Value) is { } name)
                            {
                                references[name] = (file, file.DefinitionRange(block));
                            }
                        }

                        break;
                    case "check":
                        foreach (var data in block.Body.BlocksOfType("data").Where(d => d.Labels.Count == 2))
                        {
                            AddResource(references, file, data);
                        }

                        break;
                }
            }
        }

        foreach (var file in module)
        {
            foreach (var expression in HclExpressions.All(file.Hcl.Body))
            {
                if (expression is HclFunctionCallExpression call && call.Name.Split("::") is ["provider", { Length: > 0 } name, ..])
                {
                    references[name] = (file, call.Range);
                }
                else if (file.IsJson && ExpressionValues.AsString(expression) is { } text)
                {
                    foreach (Match match in ProviderFunction().Matches(text))
                    {
                        references[match.Groups[1].Value] = (file, expression.Range);
                    }
                }
            }
        }

        return references;
    }

    /// <summary>The provider a <c>provider = aws.west</c> argument names (<c>"aws.west"</c> in JSON).</summary>
    public static string? ProviderName(HclExpression expression) => expression switch
    {
        HclScopeTraversalExpression traversal => traversal.RootName,
        _ when ExpressionValues.AsString(expression) is { Length: > 0 } text => text.Split('.')[0],
        _ => null,
    };

    private static void AddResource(Dictionary<string, (TerraformModuleFile, HclRange)> references, TerraformModuleFile file, HclBlock block)
    {
        if (block.Body.Attribute("provider") is { } provider)
        {
            if (ProviderName(provider.Expression) is { } name)
            {
                references[name] = (file, file.DefinitionRange(block));
            }

            return;
        }

        var type = block.Labels[0].Value;
        var underscore = type.IndexOf('_', StringComparison.Ordinal);
        references[underscore >= 0 ? type[..underscore] : type] = (file, file.DefinitionRange(block));
    }

    [GeneratedRegex(@"provider::([A-Za-z0-9_-]+)::")]
    private static partial Regex ProviderFunction();
}
