using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Model;

/// <summary>
/// A typed view of one Terraform module (the <c>.tf</c> and <c>.tf.json</c> files of one folder, not its
/// subfolders, as Terraform reads it): variables, outputs, locals, resources, data sources, module calls and
/// provider requirements, each with its file and range. Files with syntax errors contribute what parsed.
/// </summary>
public sealed class TerraformModule
{
    private static readonly HashSet<string> ModuleMetaArguments = new(StringComparer.Ordinal) { "source", "version", "count", "for_each", "providers", "depends_on" };

    private readonly List<TerraformVariable> _variables = [];
    private readonly List<TerraformOutput> _outputs = [];
    private readonly List<TerraformLocal> _locals = [];
    private readonly List<TerraformResource> _resources = [];
    private readonly List<TerraformModuleCall> _moduleCalls = [];
    private readonly List<TerraformProviderRequirement> _requiredProviders = [];
    private readonly List<(string Constraint, TerraformLocation Location)> _requiredVersions = [];

    private TerraformModule(IReadOnlyList<HclFile> files)
    {
        Files = files;
        foreach (var file in files)
        {
            Read(file);
        }
    }

    /// <summary>The parsed files, in name order.</summary>
    public IReadOnlyList<HclFile> Files { get; }

    /// <summary>The syntax errors of all files, with the file each is in.</summary>
    public IEnumerable<(string FileName, HclDiagnostic Diagnostic)> Diagnostics => Files.SelectMany(f => f.Diagnostics.Select(d => (f.FileName, d)));

    /// <summary>The <c>variable</c> blocks.</summary>
    public IReadOnlyList<TerraformVariable> Variables => _variables;

    /// <summary>The <c>output</c> blocks.</summary>
    public IReadOnlyList<TerraformOutput> Outputs => _outputs;

    /// <summary>The values of all <c>locals</c> blocks.</summary>
    public IReadOnlyList<TerraformLocal> Locals => _locals;

    /// <summary>The <c>resource</c> and <c>data</c> blocks.</summary>
    public IReadOnlyList<TerraformResource> Resources => _resources;

    /// <summary>The <c>module</c> blocks.</summary>
    public IReadOnlyList<TerraformModuleCall> ModuleCalls => _moduleCalls;

    /// <summary>The entries of every <c>required_providers</c> block.</summary>
    public IReadOnlyList<TerraformProviderRequirement> RequiredProviders => _requiredProviders;

    /// <summary>The <c>required_version</c> constraints of <c>terraform</c> blocks.</summary>
    public IReadOnlyList<(string Constraint, TerraformLocation Location)> RequiredVersions => _requiredVersions;

    /// <summary>Reads the module in <paramref name="folder"/>.</summary>
    public static TerraformModule Load(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(path => path.EndsWith(".tf", StringComparison.Ordinal) || path.EndsWith(".tf.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(path, File.ReadAllText(path)))
            .ToList();
        return new TerraformModule(files);
    }

    /// <summary>A module made of the given files (name and text), for tests and in-memory sources.</summary>
    public static TerraformModule FromSources(IEnumerable<(string FileName, string Text)> sources) =>
        new(sources.Select(s => Parse(s.FileName, s.Text)).ToList());

    private static HclFile Parse(string fileName, string text) => fileName.EndsWith(".json", StringComparison.Ordinal)
        ? HclJsonParser.ParseConfig(text, fileName)
        : HclParser.ParseConfig(text, fileName);

    private void Read(HclFile file)
    {
        foreach (var block in file.Body.Blocks)
        {
            var location = new TerraformLocation(file.FileName, block.DefinitionRange);
            var body = block.Body;
            switch (block.Type)
            {
                case "variable" when block.Labels.Count == 1:
                    var type = body.Attribute("type")?.Expression;
                    _variables.Add(new TerraformVariable(
                        block.Labels[0].Value, type, type is null ? null : file.SourceOf(type.Range), body.Attribute("default")?.Expression,
                        ExpressionValues.AsString(body.Attribute("description")?.Expression), ExpressionValues.AsBoolean(body.Attribute("sensitive")?.Expression),
                        ExpressionValues.AsBoolean(body.Attribute("nullable")?.Expression),
                        body.BlocksOfType("validation").Select(v => new TerraformValidation(
                            v.Body.Attribute("condition")?.Expression, v.Body.Attribute("error_message")?.Expression,
                            new TerraformLocation(file.FileName, v.DefinitionRange))).ToList(),
                        location, block));
                    break;
                case "output" when block.Labels.Count == 1:
                    _outputs.Add(new TerraformOutput(
                        block.Labels[0].Value, body.Attribute("value")?.Expression, ExpressionValues.AsString(body.Attribute("description")?.Expression),
                        ExpressionValues.AsBoolean(body.Attribute("sensitive")?.Expression), location, block));
                    break;
                case "locals":
                    _locals.AddRange(body.Attributes.Select(a => new TerraformLocal(a.Name, a.Expression, new TerraformLocation(file.FileName, a.NameRange))));
                    break;
                case "resource" or "data" when block.Labels.Count == 2:
                    var provider = body.Attribute("provider")?.Expression;
                    _resources.Add(new TerraformResource(
                        block.Type == "data" ? TerraformResourceMode.Data : TerraformResourceMode.Managed, block.Labels[0].Value, block.Labels[1].Value,
                        body.Attribute("count")?.Expression, body.Attribute("for_each")?.Expression,
                        provider is null ? null : ExpressionValues.AsString(provider) ?? file.SourceOf(provider.Range), location, block));
                    break;
                case "module" when block.Labels.Count == 1:
                    _moduleCalls.Add(new TerraformModuleCall(
                        block.Labels[0].Value, ExpressionValues.AsString(body.Attribute("source")?.Expression),
                        ExpressionValues.AsString(body.Attribute("version")?.Expression),
                        body.Attributes.Where(a => !ModuleMetaArguments.Contains(a.Name)).ToList(), location, block));
                    break;
                case "terraform":
                    ReadTerraformBlock(file, block);
                    break;
            }
        }
    }

    private void ReadTerraformBlock(HclFile file, HclBlock block)
    {
        if (ExpressionValues.AsString(block.Body.Attribute("required_version")?.Expression) is { } constraint)
        {
            _requiredVersions.Add((constraint, new TerraformLocation(file.FileName, block.Body.Attribute("required_version")!.Range)));
        }

        foreach (var requirements in block.Body.BlocksOfType("required_providers"))
        {
            foreach (var entry in requirements.Body.Attributes)
            {
                // `aws = { source = "hashicorp/aws", version = "~> 5.0" }`, or the old `aws = "~> 5.0"`.
                var legacyVersion = ExpressionValues.AsString(entry.Expression);
                _requiredProviders.Add(new TerraformProviderRequirement(
                    entry.Name, ExpressionValues.AsString(ExpressionValues.Item(entry.Expression, "source")),
                    legacyVersion ?? ExpressionValues.AsString(ExpressionValues.Item(entry.Expression, "version")),
                    new TerraformLocation(file.FileName, entry.Range)));
            }
        }
    }
}
