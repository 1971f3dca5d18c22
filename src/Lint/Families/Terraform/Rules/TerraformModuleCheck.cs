using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// One run of a module-level rule over a whole module: its options, and the findings it reports in any of the module's
/// files. The run is shared by every file of the module; each file then reports the findings that are its own.
/// </summary>
internal sealed class TerraformModuleCheck
{
    private readonly List<(string FullPath, HclRange Range, string Message)> _findings = [];

    internal TerraformModuleCheck(RuleOptionValues options) => Options = options;

    /// <summary>The rule's effective options.</summary>
    public RuleOptionValues Options { get; }

    internal IReadOnlyList<(string FullPath, HclRange Range, string Message)> Findings => _findings;

    /// <summary>Reports a finding in <paramref name="file"/>.</summary>
    public void Report(TerraformModuleFile file, HclRange range, string message) => _findings.Add((file.FullPath, range, message));
}
