using System.Text.RegularExpressions;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_naming_convention</c>: block and local names follow one format, per block type if wished.</summary>
internal sealed class NamingConventionRule : TerraformRule
{
    /// <summary>The default format of every block type.</summary>
    public const string FormatOption = "format";

    /// <summary>A regular expression every name must match, preferred over <see cref="FormatOption"/>.</summary>
    public const string CustomOption = "custom";

    /// <summary>Named formats (<see cref="NamingFormat"/>) that <c>format</c> may refer to.</summary>
    public const string CustomFormatsOption = "custom_formats";

    /// <summary>The block types that take their own <c>format</c> and <c>custom</c> (<c>data.format</c>, <c>locals.custom</c>…).</summary>
    public static readonly IReadOnlyList<string> BlockTypes = ["data", "locals", "module", "output", "resource", "variable"];

    private static readonly Dictionary<string, Regex> PredefinedFormats = new(StringComparer.Ordinal)
    {
        ["snake_case"] = new Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant),
        ["mixed_snake_case"] = new Regex("^[a-zA-Z][a-zA-Z0-9]*(_[a-zA-Z0-9]+)*$", RegexOptions.CultureInvariant),
    };

    /// <inheritdoc />
    public override string Code => "IAC0714";

    /// <inheritdoc />
    public override string Name => "terraform_naming_convention";

    /// <inheritdoc />
    public override string Title => "Enforces naming conventions for resources, data sources, etc";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "style"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(FormatOption, RuleOptionType.String, "snake_case", "`snake_case`, `mixed_snake_case`, `none` (not checked) or the name of a `custom_formats` entry."),
        new(CustomOption, RuleOptionType.String, string.Empty, "A regular expression names must match; preferred over `format` when set."),
        new(CustomFormatsOption, RuleOptionType.StringList, Array.Empty<NamingFormat>(), "Named formats (`name = { description, regex }` in `.tflint.hcl`) that `format` may name."),
        .. BlockTypes.SelectMany(type => new RuleOption[]
        {
            new($"{type}.format", RuleOptionType.String, null, $"The format of `{type}` names (a `{type} {{ format = … }}` block in `.tflint.hcl`); unset: the default."),
            new($"{type}.custom", RuleOptionType.String, null, $"A regular expression `{type}` names must match; preferred over `{type}.format`."),
        }),
    ];

    /// <inheritdoc />
    public override string Description =>
        "Names of `resource`, `data` (also inside `check` blocks), `module`, `output`, `variable` blocks and of local "
        + "values follow one convention: `snake_case` by default (`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`), `mixed_snake_case`, "
        + "a named entry of `custom_formats`, a `custom` regular expression, or `none`. A block of the type's name in the "
        + "rule's `.tflint.hcl` configuration (`module { custom = \"…\" }`) overrides the default for that type. "
        + "Reported at the block's type and labels, or at the local value's name. Off by default, as in tflint.";

    /// <inheritdoc />
    public override string BadExample => "resource \"aws_instance\" \"webServer\" {\n  ami = \"ami-0c55b159cbfafe1f0\"\n}\n\nlocals {\n  instance-count = 2\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "resource \"aws_instance\" \"web_server\" {\n  ami = \"ami-0c55b159cbfafe1f0\"\n}\n\nlocals {\n  instance_count = 2\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        var options = context.Options;
        var formats = options[CustomFormatsOption] as IEnumerable<NamingFormat> ?? [];
        var fallback = Resolve(options.String(CustomOption), options.String(FormatOption), formats);
        Validator? For(string type) => options.String($"{type}.custom") is null && options.String($"{type}.format") is null
            ? fallback
            : Resolve(options.String($"{type}.custom"), options.String($"{type}.format"), formats);

        var data = For("data");
        foreach (var block in file.Body.Blocks)
        {
            switch (block.Type)
            {
                case "data" when block.Labels.Count == 2:
                    CheckName(context, data, "data", block.Labels[1].Value, DefinitionRange(context, block));
                    break;
                case "check":
                    foreach (var nested in block.Body.BlocksOfType("data").Where(d => d.Labels.Count == 2))
                    {
                        CheckName(context, data, "data", nested.Labels[1].Value, DefinitionRange(context, nested));
                    }

                    break;
                case "resource" when block.Labels.Count == 2:
                    CheckName(context, For("resource"), "resource", block.Labels[1].Value, DefinitionRange(context, block));
                    break;
                case "module" or "output" or "variable" when block.Labels.Count == 1:
                    CheckName(context, For(block.Type), block.Type, block.Labels[0].Value, DefinitionRange(context, block));
                    break;
                case "locals":
                    var locals = For("locals");
                    foreach (var local in block.Body.Attributes)
                    {
                        CheckName(context, locals, "local value", local.Name, local.NameRange);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Why a format or pattern is not usable (an unknown format name, a pattern that does not compile), or null; what
    /// <c>.tflint.hcl</c> reports, as tflint refuses such a configuration.
    /// </summary>
    public static string? Problem(string? custom, string? format, IEnumerable<NamingFormat> formats)
    {
        if (!string.IsNullOrEmpty(custom))
        {
            return Compile(custom) is null ? $"`{custom}` is not a valid regular expression" : null;
        }

        if (format is null or "none")
        {
            return null;
        }

        if (formats.FirstOrDefault(f => f.Name == format) is { } named)
        {
            return Compile(named.Regex) is null ? $"`{named.Regex}` is not a valid regular expression" : null;
        }

        return PredefinedFormats.ContainsKey(format.ToLowerInvariant()) ? null : $"`{format}` is unsupported format";
    }

    private static void CheckName(RuleContext context, Validator? validator, string blockType, string name, HclRange range)
    {
        if (validator is not null && !validator.Pattern.IsMatch(name))
        {
            Report(context, range, $"{blockType} name `{name}` must match the following {(validator.IsNamedFormat ? "format" : "RegExp")}: {validator.Format}");
        }
    }

    private static Validator? Resolve(string? custom, string? format, IEnumerable<NamingFormat> formats)
    {
        if (!string.IsNullOrEmpty(custom))
        {
            return Compile(custom) is { } pattern ? new Validator(custom, false, pattern) : null;
        }

        if (format is null or "none")
        {
            return null;
        }

        if (formats.FirstOrDefault(f => f.Name == format) is { } named)
        {
            return Compile(named.Regex) is { } pattern ? new Validator(named.Description, true, pattern) : null;
        }

        return PredefinedFormats.TryGetValue(format.ToLowerInvariant(), out var predefined) ? new Validator(format, true, predefined) : null;
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            // Go's RE2 has no backtracking; a timeout keeps a hostile pattern from stalling a build here.
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private sealed record Validator(string Format, bool IsNamedFormat, Regex Pattern);
}
